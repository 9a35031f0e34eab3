package dev.vigil.ruletest;

import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleInfo;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Node;
import dev.vigil.questionnaire.Questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Runs the rule cases of a set of test files against a workspace: every case, plus an implicit
 * "an empty model fires nothing" case per file; collects which rules fired for coverage.
 */
public final class RuleTestSuite {

    static final String IMPLICIT = "(implicit) an empty model fires no rule";

    private final Workspace workspace;
    private final Questionnaire questionnaire;
    private final RuleCaseLoader loader = new RuleCaseLoader();

    /**
     * @param questionnaire the questionnaire of the workspace's knowledge base, for cases with answers;
     *                      null when it has none (such cases then fail and say so)
     */
    public RuleTestSuite(Workspace workspace, Questionnaire questionnaire) {
        this.workspace = workspace;
        this.questionnaire = questionnaire;
    }

    public record Result(List<CaseResult> cases, List<String> fileErrors, Set<String> unfiredRules) {
        public long count(CaseResult.Status status) {
            return cases.stream().filter(c -> c.status() == status).count();
        }

        public boolean passed() {
            return fileErrors.isEmpty() && count(CaseResult.Status.FAILED) == 0;
        }
    }

    /** All cases (matching the filter, on "file: case name") of the test files under the paths. */
    public Result run(List<Path> paths, Pattern filter) throws IOException {
        RuleCaseRunner runner = new RuleCaseRunner(workspace, questionnaire);
        List<CaseResult> results = new ArrayList<>();
        List<String> fileErrors = new ArrayList<>();
        for (Path file : testFiles(paths)) {
            List<RuleCase> cases = new ArrayList<>();
            try {
                cases.addAll(loader.load(file));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> fileErrors.add(p.toString()));
                continue;
            }
            cases.add(implicitCase(file));
            for (RuleCase c : cases) {
                if (filter == null || filter.matcher(file + ": " + c.name()).find()) {
                    results.add(runner.run(c));
                }
            }
        }
        Set<String> unfired = new TreeSet<>();
        workspace.rules().rules().stream().map(RuleInfo::id).forEach(unfired::add);
        results.forEach(r -> unfired.removeAll(r.firedRules()));
        return new Result(results, fileErrors, unfired);
    }

    private List<Path> testFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                files.addAll(loader.findFiles(List.of(p)));
            }
        }
        return files;
    }

    static RuleCase implicitCase(Path file) {
        Node.Mapping empty = new Node.Mapping(new LinkedHashMap<>(), 1, 1);
        return new RuleCase(file.toString(), 1, IMPLICIT, empty, null, List.of(),
                List.of(new RuleCase.Expectation(RuleCaseRunner.ANY, null, null, null, null)), null);
    }
}
