package dev.vigil.engine;

import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs one session over a rule base: insert the facts, fire within limits, collect what is there. */
public final class SessionRunner {

    private final RuleBase ruleBase;
    private final SessionLimits limits;
    private final Set<String> disabled;

    public SessionRunner(RuleBase ruleBase, SessionLimits limits) {
        this(ruleBase, limits, Set.of());
    }

    /** A runner whose sessions never fire the rules with these ids. */
    public SessionRunner(RuleBase ruleBase, SessionLimits limits, Set<String> disabled) {
        this.ruleBase = ruleBase;
        this.limits = limits;
        this.disabled = Set.copyOf(disabled);
    }

    public SessionResult run(List<Object> facts) throws SessionLimitException {
        KieSession session = ruleBase.newSession();
        EvidenceRecorder recorder = new EvidenceRecorder(session, System.nanoTime() + limits.budget().toNanos());
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(match -> !disabled.contains(EvidenceRecorder.ruleId(match)), limits.maxFirings());
            if (recorder.timedOut()) {
                throw new SessionLimitException("analysis stopped after its time budget of " + limits.budget().toSeconds()
                        + " s (" + fired + " rule firings); slowest rules: " + recorder.slowestRules() + "; busiest rules: "
                        + recorder.busiestRules());
            }
            if (fired >= limits.maxFirings()) {
                throw new SessionLimitException("analysis stopped at the firing cap of " + limits.maxFirings()
                        + " rule firings, which usually means rules that keep re-triggering each other; busiest rules: "
                        + recorder.busiestRules());
            }
            return SessionResult.of(new ArrayList<>(session.getObjects()), recorder.evidence(), fired, recorder.firings());
        } finally {
            recorder.detach();
            session.dispose();
        }
    }
}
