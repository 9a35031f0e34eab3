package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.engine.SessionLimits;
import dev.vigil.engine.SessionResult;
import dev.vigil.engine.SessionRunner;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.model.Derived;
import dev.vigil.model.Link;
import dev.vigil.model.io.LoadedModel;

import java.util.List;
import java.util.Set;

/**
 * For the large-model benchmark: the steps of {@link Analyzer#analyze} (no acceptances, no
 * what-if, no settings) one by one, each timed, so growth can be read per step. Lives beside the
 * analyzer because the scenario builder is package-private; it must follow the analyzer's order.
 */
public final class PhaseTimes {

    /** Nanoseconds in the Drools session, in scoring and planning, and in the scenario builder. */
    public record Times(long session, long scoring, long scenarios, int firings, int scenariosKept, int reachFirings, int entriesSearched) {
    }

    private PhaseTimes() {
    }

    public static Times run(RuleBase rules, KnowledgeBase kb, LoadedModel loaded, Severity appetite) throws SessionLimitException {
        ModelIndex index = new ModelIndex(loaded.model(), loaded.stated());
        long t0 = System.nanoTime();
        SessionResult session = new SessionRunner(rules, SessionLimits.DEFAULT).run(Analyzer.sessionFacts(loaded, kb, false));
        long t1 = System.nanoTime();
        List<Finding> scored = new RiskScorer(kb, index, false).score(session).stream().filter(Finding::confirmed).toList();
        FixPlanner.Result planned = new FixPlanner(kb, appetite, AcceptanceReview.NONE::isAccepted, Set.of()).plan(scored);
        long t2 = System.nanoTime();
        ScenarioBuilder.Result result = new ScenarioBuilder(rules, kb, index, ScenarioLimits.DEFAULT)
                .build(Analyzer.seeds(session), session.all(Link.class), session.all(Derived.class), planned.findings());
        long t3 = System.nanoTime();
        int reach = session.firingsByRule().getOrDefault("reach-from-entry", 0);
        if (System.getProperty("vigil.bench.firings") != null) {
            System.err.println(new java.util.TreeMap<>(session.firingsByRule()).entrySet().stream()
                    .filter(e -> e.getKey().startsWith("reach") || e.getKey().startsWith("link-graph")).toList());
        }
        return new Times(t1 - t0, t2 - t1, t3 - t2, session.firings(), result.scenarios().size(), reach, result.entriesSearched());
    }
}
