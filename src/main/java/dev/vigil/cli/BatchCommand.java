package dev.vigil.cli;

import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.batch.AtomicFiles;
import dev.vigil.batch.BatchInput;
import dev.vigil.batch.BatchInputs;
import dev.vigil.batch.BatchRunner;
import dev.vigil.batch.ModelOutcome;
import dev.vigil.batch.PortfolioSummary;
import dev.vigil.batch.Progress;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Analyses every model under a folder (recursively) or listed in a manifest (YAML: models: [paths]), in parallel on one rule base. Writes a report per model (mirroring the folder layout) and a portfolio summary (portfolio.vigil.json, portfolio.vigil.md, portfolio.vigil.html). Invalid models and models past their time budget are reported and the batch goes on.",
        footer = {"", ExitCodes.HELP})
final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR|MANIFEST", description = "A folder of models, or a manifest file.")
    Path root;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "vigil-reports",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Models analysed at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--resume", description = "Skip models whose report was made from the same file and rule base.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Mixin
    RiskOptions risk;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Severity gate;
        Severity level;
        try {
            gate = risk.gate();
            level = risk.appetite();
        } catch (IllegalArgumentException e) {
            err.println("vigil: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (threads != null && threads < 1) {
            err.println("vigil: --threads must be at least 1");
            return ExitCodes.INVALID_INPUT;
        }
        List<BatchInput> inputs;
        try {
            if (!Files.exists(root)) {
                err.println("vigil: " + root + ": no such file or folder");
                return ExitCodes.INVALID_INPUT;
            }
            inputs = BatchInputs.of(root);
        } catch (InvalidInputException e) {
            err.println("vigil: the manifest has problems:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.INVALID_INPUT;
        }
        if (inputs.isEmpty()) {
            err.println("vigil: " + root + ": no model files (*.yaml, *.yml, *.json) found");
            return ExitCodes.INVALID_INPUT;
        }
        Workspace ws = risk.workspace(engine, err);
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Progress progress = new Progress(err, quiet ? Progress.Mode.QUIET : System.console() != null
                ? Progress.Mode.TERMINAL : Progress.Mode.PLAIN, inputs.size());
        List<ModelOutcome> outcomes = new BatchRunner(ws, level, out, n, resume).asOf(risk.today()).run(inputs, progress);
        PortfolioSummary summary = new PortfolioSummary(ws);
        ObjectNode json = summary.json(outcomes);
        try {
            AtomicFiles.write(out.resolve("portfolio.vigil.json"), JsonReport.render(json));
            AtomicFiles.write(out.resolve("portfolio.vigil.md"), summary.markdown(json));
            AtomicFiles.write(out.resolve("portfolio.vigil.html"), summary.html(json));
        } catch (IOException e) {
            err.println("vigil: cannot write the portfolio summary to " + out + ": " + e.getMessage() + " (check --out)");
            return ExitCodes.INVALID_INPUT;
        }
        return exitCode(outcomes, gate, err);
    }

    private int exitCode(List<ModelOutcome> outcomes, Severity gate, PrintWriter err) {
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        outcomes.stream().filter(o -> !o.ok()).forEach(o -> err.println("vigil: " + o.input() + ": " + o.status() + ": " + o.error()));
        if (!quiet) {
            spec.commandLine().getOut().printf("%d models: %d analysed, %d failed. Summary: %s%n", outcomes.size(),
                    outcomes.size() - failed, failed, out.resolve("portfolio.vigil.md"));
            spec.commandLine().getOut().flush();
        }
        if (failed > 0) {
            return ExitCodes.PARTIAL_FAILURE;
        }
        boolean tripped = gate != null && outcomes.stream().anyMatch(o -> o.worstSeverity() != null
                && Severity.parse(o.worstSeverity()).compareTo(gate) >= 0);
        return tripped ? ExitCodes.GATE : ExitCodes.OK;
    }
}
