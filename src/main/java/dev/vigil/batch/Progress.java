package dev.vigil.batch;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch: a live line (done/total, rate, ETA, failures) on a terminal, a line per
 * model otherwise, nothing when quiet.
 */
public final class Progress {

    public enum Mode { TERMINAL, PLAIN, QUIET }

    private final PrintWriter out;
    private final Mode mode;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int failed;

    public Progress(PrintWriter out, Mode mode, int total) {
        this.out = out;
        this.mode = mode;
        this.total = total;
    }

    synchronized void finished(ModelOutcome outcome) {
        done++;
        if (!outcome.ok()) {
            failed++;
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double rate = done / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        switch (mode) {
            case TERMINAL -> out.printf(Locale.ROOT, "\r[%d/%d] %.1f models/s, ETA %ds, %d failed   ", done, total, rate, eta, failed);
            case PLAIN -> out.printf(Locale.ROOT, "[%d/%d] %s %s%s%n", done, total, outcome.status(), outcome.input(),
                    outcome.reused() ? " (report up to date, reused)" : "");
            default -> { }
        }
        out.flush();
    }

    synchronized void end() {
        if (mode == Mode.TERMINAL) {
            out.println();
            out.flush();
        }
    }
}
