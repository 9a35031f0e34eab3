package dev.vigil.cli;

import dev.vigil.analysis.Acceptance;
import dev.vigil.analysis.AcceptanceLoader;
import dev.vigil.analysis.Analysis;
import dev.vigil.batch.AtomicFiles;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.report.HtmlReport;
import dev.vigil.report.JsonReport;
import dev.vigil.report.MarkdownReport;
import dev.vigil.report.SarifReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses system models (YAML or JSON): threats, attack scenarios, risk and a fix plan. Prints a summary and writes reports named <model>.vigil.json, .vigil.md, .vigil.sarif and .vigil.html.",
        footer = {"", ExitCodes.HELP})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", arity = "1..*",
            description = "Model files, or folders searched recursively for *.yaml, *.yml and *.json.")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", defaultValue = "json,md,html",
            description = "Report formats, comma-separated: json, md, sarif, html (default: ${DEFAULT-VALUE}).")
    List<ReportFormat> formats;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "vigil-reports",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--acceptances", paramLabel = "FILE",
            description = "Accepted risks (default: acceptances.yaml beside each model, if there is one).")
    Path acceptances;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Mixin
    RiskOptions risk;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    enum ReportFormat { json, md, sarif, html }

    private Severity gate;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity level;
        try {
            level = risk.appetite();
            gate = risk.gate();
        } catch (IllegalArgumentException e) {
            err.println("vigil: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        ModelFiles.Found found = ModelFiles.find(inputs);
        found.missing().forEach(m -> err.println("vigil: " + m + ": no such file or folder"));
        if (found.files().isEmpty()) {
            err.println("vigil: no model files to analyse");
            return ExitCodes.INVALID_INPUT;
        }
        Workspace ws = risk.workspace(engine, err);
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        int exit = found.missing().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
        Set<String> usedNames = new HashSet<>();
        for (Path file : found.files()) {
            exit = worst(exit, analyzeOne(ws, file, level, usedNames, err));
        }
        return exit;
    }

    private int analyzeOne(Workspace ws, Path file, Severity level, Set<String> usedNames, PrintWriter err) throws IOException {
        LoadedModel model;
        try {
            model = ws.loader().load(file);
        } catch (InvalidInputException e) {
            Problems.print(err, file + " is not a valid model", "no report written", e);
            return ExitCodes.INVALID_INPUT;
        }
        List<Acceptance> accepted;
        try {
            accepted = AcceptanceLoader.forModel(file, acceptances);
        } catch (InvalidInputException e) {
            err.println("vigil: the acceptances for " + file + " have problems; no report written:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.INVALID_INPUT;
        }
        Analysis analysis;
        try {
            analysis = ws.analyzer().analyze(model, level, accepted, risk.today());
        } catch (SessionLimitException e) {
            err.println("vigil: " + file + ": " + e.getMessage() + "; no report written");
            return ExitCodes.LIMIT_REACHED;
        }
        String base = ModelFiles.reportBaseName(file, usedNames);
        JsonReport json = new JsonReport(ws.kb());
        var tree = json.build(analysis);
        StringBuilder written = new StringBuilder();
        for (ReportFormat format : formats) {
            Path target = out.resolve(base + ".vigil." + format.name());
            try {
                switch (format) {
                    case json -> AtomicFiles.write(target, o -> JsonReport.write(tree, o));
                    case md -> AtomicFiles.write(target, o -> new MarkdownReport(json).write(analysis, tree, o));
                    case sarif -> AtomicFiles.write(target, new SarifReport(ws.kb(), ws.rules()).render(analysis));
                    case html -> AtomicFiles.write(target, new HtmlReport(json).render(analysis, tree));
                }
            } catch (IOException e) {
                err.println("vigil: cannot write " + target + ": " + e.getMessage() + " (check --out)");
                return ExitCodes.INVALID_INPUT;
            }
            written.append(written.length() == 0 ? "" : ", ").append(target);
        }
        if (!quiet) {
            new Summary(spec.commandLine().getOut()).print(analysis, written.toString());
        }
        warnAboutAcceptances(analysis, file, err);
        warnAboutAssumptions(analysis, file, err);
        boolean tripped = RiskOptions.trips(analysis, gate);
        if (tripped) {
            err.println("vigil: " + file + ": findings at or above " + gate.label() + " (--fail-on)");
        }
        return tripped ? ExitCodes.GATE : ExitCodes.OK;
    }

    static void warnAboutAcceptances(Analysis a, Path file, PrintWriter err) {
        a.acceptances().expired().forEach(e -> err.println("vigil: warning: " + file + ": the acceptance of '"
                + e.acceptance().finding() + "' expired on " + e.acceptance().expires() + "; active again: " + e.findings()));
        a.acceptances().unmatched().forEach(u -> err.println("vigil: warning: " + file + ": the acceptance of '"
                + u.finding() + "' matches no finding"));
    }

    static void warnAboutAssumptions(Analysis a, Path file, PrintWriter err) {
        a.notApplicable().unmatched().forEach(u -> err.println("vigil: warning: " + file + ": the assumption that rule '"
                + u.assumption().rule() + "' does not apply to '" + u.assumption().target() + "' excludes nothing: " + u.warning()));
    }

    private static int worst(int a, int b) {
        if (a == ExitCodes.INVALID_INPUT || b == ExitCodes.INVALID_INPUT) {
            return ExitCodes.INVALID_INPUT;
        }
        return Math.max(a, b);
    }
}
