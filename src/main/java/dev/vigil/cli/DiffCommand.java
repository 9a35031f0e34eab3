package dev.vigil.cli;

import dev.vigil.analysis.AcceptanceLoader;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.report.JsonReport;
import dev.vigil.report.ReportDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed between two reviews: findings new, resolved, or changed in severity or residual risk, and acceptances expiring soon. Takes two JSON reports, or two model files (analysed first).",
        footer = {"", ExitCodes.HELP})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, md }

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report (.json) or model (.yaml/.json model).")
    Path oldInput;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later report or model.")
    Path newInput;

    @Option(names = "--expiring-within", paramLabel = "DAYS", defaultValue = "30",
            description = "List acceptances that expire within this many days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day to judge expiry on (default: today).")
    LocalDate today;

    @Option(names = "--fail-on-new", paramLabel = "LEVEL",
            description = "Exit 3 when a new finding at or above this severity appears: critical, high, medium or low.")
    String failOnNew;

    @Option(names = "--format", defaultValue = "text", description = "text, or md for a pull-request comment (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    private Workspace workspace;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Severity gate;
        try {
            gate = failOnNew == null ? null : Severity.parse(failOnNew);
        } catch (IllegalArgumentException e) {
            err.println("vigil: --fail-on-new: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        LocalDate day = today == null ? LocalDate.now() : today;
        JsonNode before = report(oldInput, day, err);
        JsonNode after = before == null ? null : report(newInput, day, err);
        if (after == null) {
            return ExitCodes.INVALID_INPUT;
        }
        ReportDiff diff = ReportDiff.of(before, after, day, days);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.md ? diff.markdown() : text(diff));
        out.flush();
        boolean tripped = gate != null && diff.added().stream()
                .anyMatch(f -> !f.has("accepted") && Severity.parse(f.path("risk").path("severity").asString()).compareTo(gate) >= 0);
        return tripped ? ExitCodes.GATE : ExitCodes.OK;
    }

    private static String text(ReportDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("New (").append(d.added().size()).append("):\n");
        d.added().forEach(f -> sb.append(String.format("  %-8s %2d  %s  %s%n", f.path("risk").path("severity").asString().toUpperCase(java.util.Locale.ROOT),
                f.path("risk").path("score").asInt(), f.path("id").asString(), f.path("title").asString())));
        sb.append("Resolved (").append(d.resolved().size()).append("):\n");
        d.resolved().forEach(f -> sb.append("  ").append(f.path("id").asString()).append("  ").append(f.path("title").asString()).append('\n'));
        sb.append("Changed (").append(d.changed().size()).append("):\n");
        d.changed().forEach(c -> sb.append("  ").append(c.id()).append(": ").append(c.before().path("risk").path("severity").asString())
                .append(" (").append(c.before().path("risk").path("score").asInt()).append(") → ")
                .append(c.after().path("risk").path("severity").asString()).append(" (").append(c.after().path("risk").path("score").asInt())
                .append("); residual ").append(c.before().path("residual").path("score").asInt()).append(" → ")
                .append(c.after().path("residual").path("score").asInt()).append('\n'));
        sb.append("Acceptances expiring soon (").append(d.expiring().size()).append("):\n");
        d.expiring().forEach(f -> sb.append("  ").append(f.path("id").asString()).append(" until ")
                .append(f.path("accepted").path("expires").asString()).append(" (accepted by ")
                .append(f.path("accepted").path("acceptedBy").asString()).append(")\n"));
        if (!d.expired().isEmpty()) {
            sb.append("Acceptances expired (").append(d.expired().size()).append("):\n");
            d.expired().forEach(e -> sb.append("  ").append(e.path("pattern").asString()).append(" expired on ")
                    .append(e.path("expires").asString()).append(" (accepted by ").append(e.path("acceptedBy").asString()).append(")\n"));
        }
        return sb.toString();
    }

    /** A report read from JSON, or made by analysing a model. Null after printing why not. */
    private JsonNode report(Path input, LocalDate day, PrintWriter err) {
        try {
            JsonNode tree = JsonReport.mapper().readTree(input.toFile());
            if (tree.has("findings") && tree.has("vigil")) {
                return tree;
            }
        } catch (JacksonException e) {
            // not a JSON report: treat it as a model
        }
        if (workspace == null) {
            workspace = engine.open(err);
            if (workspace == null) {
                return null;
            }
        }
        try {
            var model = workspace.loader().load(input);
            var analysis = workspace.analyzer().analyze(model, Severity.MEDIUM, AcceptanceLoader.forModel(input, null), day);
            return new JsonReport(workspace.kb()).build(analysis);
        } catch (InvalidInputException e) {
            err.println("vigil: " + input + " is neither a Vigil JSON report nor a valid model:");
            e.problems().forEach(p -> err.println("  " + p));
        } catch (SessionLimitException e) {
            err.println("vigil: " + input + ": " + e.getMessage());
        }
        return null;
    }
}
