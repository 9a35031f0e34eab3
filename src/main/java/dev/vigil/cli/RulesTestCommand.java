package dev.vigil.cli;

import dev.vigil.analysis.Workspace;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.questionnaire.Questionnaire;
import dev.vigil.ruletest.CaseResult;
import dev.vigil.ruletest.RuleTestSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the <topic>.test.yaml cases beside the rules (given or answers / expect / expect_none / todo), plus an implicit 'an empty model fires no rule' case per file. A failure prints every rule that fired and the facts it matched.",
        footer = {"", "Exit codes: 0 all passed, 2 invalid test files or options, 5 a case failed, no case ran with",
                "--fail-on-empty, or --coverage found rules that no case fires."})
final class RulesTestCommand implements Callable<Integer> {

    static final int TESTS_FAILED = 5;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Test files or folders searched for *.test.yaml (default: the rule folders).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--run", paramLabel = "REGEX", description = "Run only cases whose '<file>: <case name>' matches.")
    String run;

    @Option(names = "--fail-on-empty", description = "Fail when no case is selected.")
    boolean failOnEmpty;

    @Option(names = "--coverage", description = "List rules that no selected case fires, and fail when there are any.")
    boolean coverage;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    RulesListCommand.Format format;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Pattern filter;
        try {
            filter = run == null ? null : Pattern.compile(run);
        } catch (PatternSyntaxException e) {
            err.println("vigil: --run: not a regular expression: " + e.getDescription());
            return ExitCodes.INVALID_INPUT;
        }
        Workspace ws = engine.open(err, null); // authors' tools check the DRL itself, never a cached build
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        // cases with answers run as assessments; a knowledge base without questionnaires has none to run
        Questionnaire questionnaire = null;
        if (Files.isDirectory(engine.knowledgeDir().resolve("questionnaires"))) {
            try {
                questionnaire = Questionnaire.load(engine.knowledgeDir());
            } catch (InvalidInputException e) {
                err.println("vigil: the questionnaire has problems:");
                e.problems().forEach(p -> err.println("  " + p));
                return ExitCodes.INVALID_INPUT;
            }
        }
        List<Path> targets = paths.isEmpty() ? engine.ruleDirs() : paths;
        RuleTestSuite.Result result = new RuleTestSuite(ws, questionnaire).run(targets, filter);
        if (format == RulesListCommand.Format.json) {
            printJson(result);
        } else {
            printText(result, ws);
        }
        if (!result.fileErrors().isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        boolean empty = failOnEmpty && result.cases().isEmpty();
        boolean uncovered = coverage && !result.unfiredRules().isEmpty();
        return result.passed() && !empty && !uncovered ? ExitCodes.OK : TESTS_FAILED;
    }

    private void printText(RuleTestSuite.Result r, Workspace ws) {
        PrintWriter out = spec.commandLine().getOut();
        r.fileErrors().forEach(e -> out.println("ERROR " + e));
        r.cases().stream().filter(c -> c.status() != CaseResult.Status.PASSED).forEach(c -> out.println(c.report()));
        if (coverage) {
            r.unfiredRules().forEach(id -> out.println("NOT COVERED " + id + " at " + ws.rules().rule(id).location()
                    + ": no selected case makes it fire"));
        }
        out.printf("%d passed, %d failed, %d skipped%n", r.count(CaseResult.Status.PASSED), r.count(CaseResult.Status.FAILED),
                r.count(CaseResult.Status.SKIPPED));
        out.flush();
    }

    private void printJson(RuleTestSuite.Result r) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode cases = root.putArray("cases");
        for (CaseResult c : r.cases()) {
            ObjectNode n = cases.addObject();
            n.put("file", c.ruleCase().file());
            n.put("line", c.ruleCase().line());
            n.put("name", c.ruleCase().name());
            n.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
            c.failures().forEach(n.putArray("failures")::add);
            c.fired().forEach(n.putArray("fired")::add);
        }
        r.fileErrors().forEach(root.putArray("fileErrors")::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", r.count(CaseResult.Status.PASSED));
        summary.put("failed", r.count(CaseResult.Status.FAILED));
        summary.put("skipped", r.count(CaseResult.Status.SKIPPED));
        if (coverage) {
            r.unfiredRules().forEach(root.putArray("notCovered")::add);
        }
        spec.commandLine().getOut().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        spec.commandLine().getOut().flush();
    }
}
