package dev.vigil.cli;

import dev.vigil.analysis.Severity;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** Options about judging risk, shared by analyze and batch. */
final class RiskOptions {

    @Option(names = "--appetite", paramLabel = "LEVEL", defaultValue = "medium",
            description = "Highest acceptable residual severity: low, medium, high or critical (default: ${DEFAULT-VALUE}); "
                    + "a model's system.risk_appetite overrides it.")
    String appetite;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 3 when an unaccepted finding at or above this severity exists: critical, high, medium or low.")
    String failOn;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day acceptances are judged on (default: today); fixes it for reproducible reports.")
    LocalDate today;

    /** @throws IllegalArgumentException naming the allowed values */
    Severity appetite() {
        return Severity.parse(appetite);
    }

    /** The gate, or null without --fail-on. @throws IllegalArgumentException naming the allowed values */
    Severity gate() {
        return failOn == null ? null : Severity.parse(failOn);
    }

    LocalDate today() {
        return today == null ? LocalDate.now() : today;
    }

    /** True when an unaccepted finding is at or above the --fail-on level (none given: never). */
    static boolean trips(dev.vigil.analysis.Analysis analysis, Severity gate) {
        return gate != null && analysis.unaccepted().stream().anyMatch(f -> f.risk().severity().compareTo(gate) >= 0);
    }
}
