package dev.vigil.model.io;

/** Input limits that keep a hostile file from exhausting memory or time. */
public record Limits(long maxBytes, int maxDepth, int maxNodes) {

    public static final Limits DEFAULT = new Limits(5L * 1024 * 1024, 64, 1_000_000);
}
