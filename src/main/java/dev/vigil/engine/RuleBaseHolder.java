package dev.vigil.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Holds the rule base in use and replaces it without a restart: a new version is compiled in the
 * background and swapped in atomically; a build that fails leaves the running version in place and
 * keeps its errors for whoever asks. Callers take {@link #current()} once per analysis, so each
 * analysis runs on exactly one version.
 */
public final class RuleBaseHolder implements AutoCloseable {

    /** Builds a complete rule base (catalogs included), or fails with the reasons. */
    @FunctionalInterface
    public interface Builder {
        RuleBase build() throws Exception;
    }

    /** The outcome of one reload. */
    public record Reload(boolean swapped, String version, List<String> errors) {
    }

    private final Builder builder;
    private final ExecutorService compiler = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-rule-compiler");
        t.setDaemon(true);
        return t;
    });
    private volatile RuleBase current;
    private volatile List<String> lastErrors = List.of();

    public RuleBaseHolder(Builder builder) {
        this.builder = builder;
    }

    /** The rule base in use, or null while no valid one has been built. */
    public RuleBase current() {
        return current;
    }

    /** Errors of the last reload that failed since the last success (empty after a success). */
    public List<String> lastErrors() {
        return lastErrors;
    }

    /** Compiles on the background thread; the returned future completes once the swap (or refusal) is done. */
    public CompletableFuture<Reload> reloadAsync() {
        return CompletableFuture.supplyAsync(this::reload, compiler);
    }

    /** Compiles on the calling thread and swaps in the result if it is valid. */
    public synchronized Reload reload() {
        RuleBase built;
        try {
            built = builder.build();
        } catch (RuleBaseException e) {
            return refuse(e.messages());
        } catch (Exception e) {
            return refuse(List.of(String.valueOf(e.getMessage())));
        }
        current = built;
        lastErrors = List.of();
        return new Reload(true, built.version(), List.of());
    }

    private Reload refuse(List<String> errors) {
        lastErrors = List.copyOf(errors);
        return new Reload(false, current == null ? null : current.version(), lastErrors);
    }

    @Override
    public void close() {
        compiler.shutdownNow();
    }
}
