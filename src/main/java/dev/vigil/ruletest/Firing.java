package dev.vigil.ruletest;

import dev.vigil.model.Derived;
import dev.vigil.model.Link;
import dev.vigil.model.LinkGraph;
import dev.vigil.model.Reach;
import dev.vigil.model.ReachFrom;
import dev.vigil.model.RiskFactor;
import dev.vigil.model.ScenarioSeed;
import dev.vigil.model.Threat;

/**
 * What an inferred fact says a rule did, as (rule, target): a threat's target, a derived fact's
 * subject, a link's "from->to", the link graph's "graph", a reach's entry point, a reach of a kind's kind, a risk factor's finding id, a scenario's target (its entry
 * point when the scenario starts at one entry point and ends at any target). {@code question}: the
 * fact rests on something the model leaves unknown (a threat that is a question to verify, a derived
 * fact or risk factor with unknowns).
 */
public record Firing(String rule, String target, boolean question) {

    public Firing(String rule, String target) {
        this(rule, target, false);
    }

    /** What the fact says a rule did; reachability facts name their rule through their evidence. */
    public static Firing of(Object fact, dev.vigil.engine.Evidence evidence) {
        if (fact instanceof Reach r) {
            return evidence == null ? null : new Firing(evidence.ruleId(), r.origin());
        }
        return of(fact);
    }

    public static Firing of(Object fact) {
        if (fact instanceof Threat t) {
            return new Firing(t.ruleId(), t.target(), !t.unknowns().isEmpty());
        }
        if (fact instanceof Derived d) {
            return new Firing(d.ruleId(), d.subject(), !d.unknowns().isEmpty());
        }
        if (fact instanceof Link l) {
            return new Firing(l.ruleId(), l.from() + "->" + l.to());
        }
        if (fact instanceof RiskFactor f) {
            return new Firing(f.ruleId(), f.findingId(), !f.unknowns().isEmpty());
        }
        if (fact instanceof ReachFrom r) {
            return new Firing(r.ruleId(), r.kind());
        }
        if (fact instanceof LinkGraph g) {
            return new Firing(g.ruleId(), "graph");
        }
        if (fact instanceof dev.vigil.model.InPlace p) {
            return new Firing(p.ruleId(), p.element());
        }
        return fact instanceof ScenarioSeed s ? new Firing(s.ruleId(), s.target() != null ? s.target() : s.entry()) : null;
    }
}
