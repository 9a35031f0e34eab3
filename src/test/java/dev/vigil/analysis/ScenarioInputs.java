package dev.vigil.analysis;

import dev.vigil.engine.SessionLimits;
import dev.vigil.engine.SessionResult;
import dev.vigil.engine.SessionRunner;
import dev.vigil.model.Derived;
import dev.vigil.model.Link;
import dev.vigil.model.ScenarioSeed;
import dev.vigil.model.io.LoadedModel;

import java.util.List;
import java.util.Set;

/** What the scenario builder gets from the rules and the risk scoring, worked out once so the builder can be run again and again. */
record ScenarioInputs(Workspace ws, ModelIndex index, List<ScenarioSeed> seeds, List<Link> links, List<Derived> derived,
                      List<Finding> findings) {

    static ScenarioInputs of(Workspace ws, LoadedModel model, Severity appetite) throws Exception {
        ModelIndex index = new ModelIndex(model.model(), model.stated());
        SessionResult session = new SessionRunner(ws.rules(), SessionLimits.DEFAULT).run(Analyzer.sessionFacts(model, ws.kb(), false));
        List<Finding> findings = new FixPlanner(ws.kb(), appetite, AcceptanceReview.NONE::isAccepted, Set.of())
                .plan(new RiskScorer(ws.kb(), index, false).score(session).stream().filter(Finding::confirmed).toList()).findings();
        return new ScenarioInputs(ws, index, Analyzer.seeds(session), session.all(Link.class), session.all(Derived.class), findings);
    }

    /** {@code prune} false: every entry point searched in full. */
    ScenarioBuilder.Result build(ScenarioLimits limits, boolean prune) {
        return new ScenarioBuilder(ws.rules(), ws.kb(), index, limits, prune).build(seeds, links, derived, findings);
    }
}
