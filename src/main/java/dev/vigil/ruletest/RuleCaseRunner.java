package dev.vigil.ruletest;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Analyzer;
import dev.vigil.analysis.FactLabels;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.Severity;
import dev.vigil.engine.Evidence;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.model.io.ModelLoader;
import dev.vigil.model.io.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs rule cases: analyse the case's model, then check what fired against the expectations. */
public final class RuleCaseRunner {

    /** In expect_none, a rule id that matches every rule. */
    public static final String ANY = "*";

    private final Analyzer analyzer;
    private final ModelLoader loader;

    public RuleCaseRunner(Analyzer analyzer, ModelLoader loader) {
        this.analyzer = analyzer;
        this.loader = loader;
    }

    public CaseResult run(RuleCase c) {
        if (c.todo() != null) {
            return new CaseResult(c, CaseResult.Status.SKIPPED, List.of("todo: " + c.todo()), List.of(), Set.of());
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
        Set<Firing> fired = new TreeSet<>(java.util.Comparator.comparing(Firing::rule).thenComparing(Firing::target));
        analysis.session().facts().stream().map(f -> Firing.of(f, analysis.session().evidenceOf(f)))
                .filter(java.util.Objects::nonNull).forEach(fired::add);
        List<String> failures = new ArrayList<>();
        for (RuleCase.Expectation e : c.expect()) {
            boolean hit = fired.stream().anyMatch(f -> f.rule().equals(e.rule()) && (e.target() == null || f.target().equals(e.target())));
            if (!hit) {
                failures.add("expected " + e + " to fire, but it did not");
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
            fired.stream().filter(f -> (e.rule().equals(ANY) || f.rule().equals(e.rule())) && (e.target() == null || f.target().equals(e.target())))
                    .forEach(f -> failures.add("expected " + e + " not to fire, but " + f.rule() + " fired on " + f.target()));
        }
        Set<String> rules = new TreeSet<>();
        fired.forEach(f -> rules.add(f.rule()));
        return failures.isEmpty() ? new CaseResult(c, CaseResult.Status.PASSED, List.of(), List.of(), rules)
                : new CaseResult(c, CaseResult.Status.FAILED, failures, describeFirings(analysis), rules);
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

    private static List<String> describeFirings(Analysis analysis) {
        List<String> out = new ArrayList<>();
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

    /** Test models may leave out the system section; a neutral one is supplied. */
    static Node withSystem(Node given) {
        if (!(given instanceof Node.Mapping map) || map.get("system") != null) {
            return given;
        }
        LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
        LinkedHashMap<String, Node.Entry> system = new LinkedHashMap<>();
        system.put("id", new Node.Entry("id", map.line(), map.column(), new Node.Scalar("test-system", true, map.line(), map.column())));
        system.put("name", new Node.Entry("name", map.line(), map.column(), new Node.Scalar("Test system", true, map.line(), map.column())));
        entries.put("system", new Node.Entry("system", map.line(), map.column(), new Node.Mapping(system, map.line(), map.column())));
        entries.putAll(map.entries());
        return new Node.Mapping(entries, map.line(), map.column());
    }
}
