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

    @Option(names = "--assume", paramLabel = "MITIGATION", split = ",",
            description = "What-if: analyse as if these mitigations (comma-separated or repeated; ids from the mitigations catalog, as a report's fix plan "
                    + "names them) were already in place; each lowers the findings it addresses and the plan does not "
                    + "recommend it again. The reports say at the top that they are a what-if.")
    java.util.List<String> assume = new java.util.ArrayList<>();

    @Option(names = "--unknown-as", paramLabel = "MODE", defaultValue = "question",
            description = "What a finding that rests on a property the model leaves unknown is: question (default: listed "
                    + "apart as a question to verify, not counted in the risk) or risky (the audit mode: counted as a threat, "
                    + "as if every unknown were the risky value). The reports say which mode was used.")
    String unknownAs;

    /**
     * The workspace the engine options open, as --assume asks (a what-if, or the workspace itself);
     * null after printing why it cannot be opened (an unknown mitigation gets the closest known id).
     */
    dev.vigil.analysis.Workspace workspace(EngineOptions engine, java.io.PrintWriter err) {
        dev.vigil.analysis.Workspace ws = engine.open(err);
        if (ws != null && !unknownAs.equals("question")) {
            if (!unknownAs.equals("risky")) {
                err.println("vigil: --unknown-as: '" + unknownAs + "' is not a mode; use question or risky");
                return null;
            }
            ws = ws.unknownAsRisky(true);
        }
        if (ws == null || assume.isEmpty()) {
            return ws;
        }
        try {
            return ws.assuming(assume);
        } catch (IllegalArgumentException e) {
            err.println("vigil: --assume: " + e.getMessage());
            return null;
        }
    }

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
