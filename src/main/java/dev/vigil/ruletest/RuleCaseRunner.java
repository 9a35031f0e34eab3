package dev.vigil.ruletest;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Analyzer;
import dev.vigil.analysis.FactLabels;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.Evidence;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.model.io.ModelLoader;
import dev.vigil.model.io.Node;
import dev.vigil.model.Ask;
import dev.vigil.model.Unanswered;
import dev.vigil.engine.SessionLimits;
import dev.vigil.questionnaire.Assessment;
import dev.vigil.questionnaire.AnswersFile;
import dev.vigil.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs rule cases: analyse the case's model (or replay the case's answers in an assessment and
 * analyse the model they describe), then check what fired against the expectations.
 */
public final class RuleCaseRunner {

    /** In expect_none, a rule id that matches every rule. */
    public static final String ANY = "*";

    /** The rule that notes a required question left open (its facts carry no rule id of their own). */
    static final String UNANSWERED_RULE = "required-unanswered";

    private final Analyzer analyzer;
    private final ModelLoader loader;
    private final Workspace workspace;
    private final Questionnaire questionnaire;

    /** A runner for model cases only; a case with answers fails, saying it needs the questionnaire. */
    public RuleCaseRunner(Analyzer analyzer, ModelLoader loader) {
        this.analyzer = analyzer;
        this.loader = loader;
        this.workspace = null;
        this.questionnaire = null;
    }

    /**
     * A runner for model cases and assessment cases.
     *
     * @param questionnaire loaded from the workspace's knowledge base; null when it has none (answer cases then fail)
     */
    public RuleCaseRunner(Workspace workspace, Questionnaire questionnaire) {
        this.analyzer = workspace.analyzer();
        this.loader = workspace.loader();
        this.workspace = workspace;
        this.questionnaire = questionnaire;
    }

    public CaseResult run(RuleCase c) {
        if (c.todo() != null) {
            return new CaseResult(c, CaseResult.Status.SKIPPED, List.of("todo: " + c.todo()), List.of(), Set.of());
        }
        if (c.isAssessment()) {
            return runAssessment(c);
        }
        Analysis analysis;
        try {
            LoadedModel model = loader.fromTree(c.file(), withSystem(c.given()), "", new ArrayList<>());
            analysis = analyzer.analyze(model, Severity.MEDIUM);
        } catch (InvalidInputException e) {
            return failed(c, e.problems().stream().map(p -> "invalid given: " + p).toList(), List.of());
        } catch (SessionLimitException e) {
            return failed(c, List.of(e.getMessage()), List.of());
        }
        return check(c, analysis, new TreeSet<>(FIRING_ORDER), new ArrayList<>());
    }

    private static final java.util.Comparator<Firing> FIRING_ORDER = java.util.Comparator.comparing(Firing::rule).thenComparing(Firing::target)
            .thenComparing(Firing::question);

    /**
     * Replays the answers in an assessment: every question asked (rule@question key), every required
     * one left open, and whatever the analysis of the model the answers describe fires.
     */
    private CaseResult runAssessment(RuleCase c) {
        if (workspace == null || questionnaire == null) {
            return failed(c, List.of("a case with answers needs the questionnaire of the knowledge base ("
                    + (workspace == null ? "this runner has none" : "it did not load") + ")"), List.of());
        }
        Set<Firing> fired = new TreeSet<>(FIRING_ORDER);
        List<String> described = new ArrayList<>();
        Analysis analysis;
        try (Assessment assessment = new Assessment(workspace, questionnaire, SessionLimits.DEFAULT)) {
            LinkedHashMap<String, Node.Entry> root = new LinkedHashMap<>();
            root.put("answers", new Node.Entry("answers", c.answers().line(), c.answers().column(), c.answers()));
            AnswersFile.replay(c.file(), new Node.Mapping(root, c.answers().line(), c.answers().column()), assessment.consultation());
            for (var e : assessment.consultation().inferences().entrySet()) {
                Firing f = questionFiring(e.getKey(), e.getValue());
                if (f != null) {
                    fired.add(f);
                    described.add(f.rule() + "@" + f.target() + " ← " + (e.getValue() == null ? "(no evidence)"
                            : String.join("; ", e.getValue().matched().stream().map(String::valueOf).toList())));
                }
            }
            analysis = assessment.analyze(c.file(), Severity.MEDIUM);
        } catch (InvalidInputException e) {
            return failed(c, e.problems().stream().map(p -> "invalid answers: " + p).toList(), List.of());
        } catch (SessionLimitException e) {
            return failed(c, List.of(e.getMessage()), List.of());
        }
        return check(c, analysis, fired, described);
    }

    /** An Ask names its rule through its evidence; an Unanswered too, or else it is the one rule that infers it. */
    private static Firing questionFiring(Object fact, Evidence evidence) {
        if (fact instanceof Ask a) {
            return evidence == null ? null : new Firing(evidence.ruleId(), a.key());
        }
        if (fact instanceof Unanswered u) {
            return new Firing(evidence == null ? UNANSWERED_RULE : evidence.ruleId(), u.key());
        }
        return null;
    }

    private CaseResult check(RuleCase c, Analysis analysis, Set<Firing> fired, List<String> described) {
        analysis.session().facts().stream().map(f -> Firing.of(f, analysis.session().evidenceOf(f)))
                .filter(java.util.Objects::nonNull).forEach(fired::add);
        List<String> failures = new ArrayList<>();
        for (RuleCase.Expectation e : c.expect()) {
            List<Firing> on = fired.stream().filter(f -> f.rule().equals(e.rule()) && (e.target() == null || f.target().equals(e.target())))
                    .toList();
            boolean stated = on.stream().anyMatch(f -> !f.question());
            boolean question = RuleCase.Expectation.QUESTION.equals(e.as());
            if (on.isEmpty()) {
                failures.add("expected " + e + " to fire, but it did not");
            } else if (question && stated) {
                failures.add("expected " + e + ", but it rests on stated facts alone");
            } else if (!question && !stated) {
                failures.add("expected " + e + " on stated facts, but it fired only as a question: it rests on what the model "
                        + "leaves unknown (state it in the case, or expect it with as: question)");
            } else {
                if (e.severity() != null) {
                    checkSeverity(analysis, e, failures);
                }
                if (e.scenario() != null) {
                    checkScenario(analysis, e, failures);
                }
            }
        }
        for (RuleCase.Expectation e : c.expectNone()) {
            fired.stream().filter(f -> (e.rule().equals(ANY) || f.rule().equals(e.rule())) && (e.target() == null || f.target().equals(e.target()))
                            && (e.as() == null || f.question() == RuleCase.Expectation.QUESTION.equals(e.as())))
                    .forEach(f -> failures.add("expected " + e + " not to fire, but " + f.rule() + " fired on " + f.target()
                            + (f.question() ? " as a question" : "")));
        }
        Set<String> rules = new TreeSet<>();
        fired.forEach(f -> rules.add(f.rule()));
        return failures.isEmpty() ? new CaseResult(c, CaseResult.Status.PASSED, List.of(), List.of(), rules)
                : new CaseResult(c, CaseResult.Status.FAILED, failures, describeFirings(analysis, described), rules);
    }

    private static void checkSeverity(Analysis analysis, RuleCase.Expectation e, List<String> failures) {
        String id = e.rule() + "@" + e.target();
        Finding f = analysis.finding(id).orElse(null);
        if (f == null) {
            failures.add("severity expected for " + id + ", but it is not a threat finding");
        } else if (!f.risk().severity().equals(Severity.parse(e.severity()))) {
            failures.add("expected " + id + " to be " + e.severity() + ", but it is " + f.risk().severity().label()
                    + " (likelihood " + f.risk().likelihood() + " × impact " + f.risk().impact() + ")");
        }
    }

    /** The finding must be a step of a scenario of the expected kind. */
    private static void checkScenario(Analysis analysis, RuleCase.Expectation e, List<String> failures) {
        String id = e.rule() + "@" + e.target();
        boolean inScenario = analysis.scenarios().stream().filter(s -> s.kind().equals(e.scenario()))
                .anyMatch(s -> s.steps().stream().anyMatch(st -> id.equals(st.findingId())));
        if (!inScenario) {
            failures.add("expected " + id + " to be a step of a '" + e.scenario() + "' scenario; scenarios: "
                    + analysis.scenarios().stream().map(s -> s.id()).toList());
        }
    }

    private static List<String> describeFirings(Analysis analysis, List<String> questions) {
        List<String> out = new ArrayList<>(questions);
        FactLabels labels = new FactLabels(analysis.index());
        for (Object fact : analysis.session().facts()) {
            Evidence ev = analysis.session().evidenceOf(fact);
            Firing f = Firing.of(fact, ev);
            if (f != null && ev != null) {
                out.add(f.rule() + "@" + f.target() + " ← " + String.join("; ", ev.matched().stream().map(labels::describe).toList()));
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    private static CaseResult failed(RuleCase c, List<String> failures, List<String> fired) {
        return new CaseResult(c, CaseResult.Status.FAILED, failures, fired, Set.of());
    }

    /** Test models may leave out the system section; a neutral one is supplied, whose controls list is complete. */
    static Node withSystem(Node given) {
        if (!(given instanceof Node.Mapping map) || map.get("system") != null) {
            return given;
        }
        LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
        LinkedHashMap<String, Node.Entry> system = new LinkedHashMap<>();
        system.put("id", new Node.Entry("id", map.line(), map.column(), new Node.Scalar("test-system", true, map.line(), map.column())));
        system.put("name", new Node.Entry("name", map.line(), map.column(), new Node.Scalar("Test system", true, map.line(), map.column())));
        // a case lists every control and safeguard it has: one it does not list is absent (a case that wants the question
        // states its own system with controls_complete left out)
        system.put("controls_complete", new Node.Entry("controls_complete", map.line(), map.column(),
                new Node.Scalar("true", true, map.line(), map.column())));
        entries.put("system", new Node.Entry("system", map.line(), map.column(), new Node.Mapping(system, map.line(), map.column())));
        entries.putAll(map.entries());
        return new Node.Mapping(entries, map.line(), map.column());
    }
}
