package dev.vigil.cli;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.batch.AtomicFiles;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.Unanswered;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.questionnaire.AnswersFile;
import dev.vigil.questionnaire.Assessment;
import dev.vigil.questionnaire.Questionnaire;
import dev.vigil.report.JsonReport;
import dev.vigil.report.MarkdownReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"A question-and-answer assessment for teams without a security expert: plain questions, one at a time, "
                + "and the threat model takes shape from the answers. Interactive by default; --answers replays an answers file.",
                "At the end it prints a summary and writes assessment.vigil.json and .vigil.md (the name follows --save)."},
        footer = {"", "Interactive " + Interview.COMMANDS + ".", "", ExitCodes.HELP})
final class AssessCommand implements Callable<Integer> {

    @Option(names = "--answers", paramLabel = "FILE", description = "Answer from this file without asking (for scripts).")
    Path answers;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue a saved assessment interactively.")
    Path resume;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Where the answers are saved (the save command, and at the end). Default: the --resume file, else assessment.yaml.")
    Path save;

    @Option(names = "--export-model", paramLabel = "FILE", description = "Also write the model the answers describe, for vigil analyze.")
    Path exportModel;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "vigil-reports",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors (with --answers).")
    boolean quiet;

    @Mixin
    RiskOptions risk;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (answers != null && resume != null) {
            err.println("vigil: give --answers or --resume, not both");
            return ExitCodes.INVALID_INPUT;
        }
        Severity appetite;
        Severity gate;
        try {
            appetite = risk.appetite();
            gate = risk.gate();
        } catch (IllegalArgumentException e) {
            err.println("vigil: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        Workspace ws = engine.open(err);
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        Path saveTo = save != null ? save : resume != null ? resume : Path.of("assessment.yaml");
        try (Assessment assessment = new Assessment(ws, Questionnaire.load(engine.knowledgeDir()), limits())) {
            Path given = answers != null ? answers : resume;
            if (given != null && !replay(given, assessment, err)) {
                return ExitCodes.INVALID_INPUT;
            }
            if (answers == null) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                new Interview(assessment.consultation(), in, stdout, saveTo, () -> assessment.analyze(name(saveTo), appetite)).run();
                AtomicFiles.write(saveTo, AnswersFile.write(assessment.consultation()));
                stdout.println("Answers saved to " + saveTo + ".");
            }
            return finish(assessment, ws, appetite, gate, saveTo, stdout, err);
        } catch (InvalidInputException e) {
            err.println("vigil: the questionnaire has problems:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.INVALID_INPUT;
        } catch (SessionLimitException e) {
            err.println("vigil: " + e.getMessage());
            return ExitCodes.LIMIT_REACHED;
        }
    }

    private SessionLimits limits() {
        return new SessionLimits(engine.maxFirings, Duration.ofSeconds(engine.timeoutSeconds));
    }

    private static boolean replay(Path file, Assessment assessment, PrintWriter err) throws SessionLimitException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("vigil: cannot read " + file + ": " + e.getMessage());
            return false;
        }
        try {
            AnswersFile.replay(file.toString(), bytes, assessment.consultation());
            return true;
        } catch (InvalidInputException e) {
            err.println("vigil: " + file + " cannot be used (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "); nothing was written:");
            e.problems().forEach(p -> err.println("  " + p));
            return false;
        }
    }

    private int finish(Assessment assessment, Workspace ws, Severity appetite, Severity gate, Path saveTo,
                       PrintWriter stdout, PrintWriter err) throws SessionLimitException, InvalidInputException {
        String name = name(saveTo);
        Analysis analysis = assessment.analyze(name, appetite);
        JsonReport json = new JsonReport(ws.kb());
        var tree = json.build(analysis);
        Path jsonFile = out.resolve(name + ".vigil.json");
        Path mdFile = out.resolve(name + ".vigil.md");
        try {
            AtomicFiles.write(jsonFile, o -> JsonReport.write(tree, o));
            AtomicFiles.write(mdFile, o -> new MarkdownReport(json).write(analysis, tree, o));
            if (exportModel != null) {
                AtomicFiles.write(exportModel, assessment.exportModel());
            }
        } catch (IOException e) {
            err.println("vigil: cannot write the reports: " + e.getMessage() + " (check --out and --export-model)");
            return ExitCodes.INVALID_INPUT;
        }
        if (!quiet) {
            new Summary(stdout).print(analysis, jsonFile + ", " + mdFile + (exportModel == null ? "" : ", " + exportModel),
                    exportModel == null ? null : exportModel.toString());
            printGaps(assessment, stdout);
        }
        boolean tripped = RiskOptions.trips(analysis, gate);
        if (tripped) {
            err.println("vigil: findings at or above " + gate.label() + " (--fail-on)");
        }
        return tripped ? ExitCodes.GATE : ExitCodes.OK;
    }

    private static void printGaps(Assessment assessment, PrintWriter out) {
        var c = assessment.consultation();
        printGaps(c.unknowns().stream().map(a -> c.text(a.question(), a.item())).toList(),
                "Gaps to close (answered unknown, scored pessimistically):", out);
        printGaps(c.unanswered().stream().map(Unanswered::text).toList(),
                "Required questions still open (the assessment is incomplete):", out);
    }

    private static void printGaps(List<String> questions, String heading, PrintWriter out) {
        if (!questions.isEmpty()) {
            out.println(heading);
            questions.forEach(q -> out.println("  - " + Text.clean(q)));
        }
    }

    /** Reports are named after the answers file: shop.yaml → shop.vigil.json. */
    private static String name(Path saveTo) {
        String file = saveTo.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
