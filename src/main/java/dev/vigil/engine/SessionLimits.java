package dev.vigil.engine;

import java.time.Duration;

/** Bounds on one session: at most this many rule firings and this much wall-clock time. */
public record SessionLimits(int maxFirings, Duration budget) {

    public static final SessionLimits DEFAULT = new SessionLimits(2_000_000, Duration.ofSeconds(60));
}
