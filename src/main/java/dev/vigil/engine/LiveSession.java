package dev.vigil.engine;

import org.drools.core.common.ReteEvaluator;
import org.drools.core.common.TruthMaintenanceSystemFactory;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A long-lived session that facts come and go in, as in a consultation: truth maintenance keeps
 * what rules inferred in step with the facts. Records which rule and which facts put each inferred
 * fact there, and forgets that when the fact goes, so nothing grows while answers change.
 */
public final class LiveSession implements AutoCloseable {

    private final KieSession session;
    private final int maxFirings;
    private final Map<Object, Evidence> evidence = new IdentityHashMap<>();
    private org.kie.api.runtime.rule.Match current;

    public LiveSession(RuleBase rules, SessionLimits limits) {
        this.session = rules.kieBase().newKieSession();
        this.maxFirings = limits.maxFirings();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                current = event.getMatch();
            }

            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                current = null;
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (current != null && event.getRule() != null) {
                    evidence.put(event.getObject(), new Evidence(EvidenceRecorder.ruleId(current), EvidenceRecorder.matched(current)));
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                evidence.remove(event.getOldObject());
            }
        });
    }

    public FactHandle insert(Object fact) {
        return session.insert(fact);
    }

    public Object objectOf(FactHandle handle) {
        return session.getObject(handle);
    }

    public void delete(FactHandle handle) {
        session.delete(handle);
    }

    /** Fires until nothing is left to fire; a rule set that keeps re-triggering trips the firing cap. */
    public int fire() throws SessionLimitException {
        int fired = session.fireAllRules(maxFirings);
        if (fired >= maxFirings) {
            throw new SessionLimitException("the rules fired " + fired + " times without settling (firing cap)");
        }
        return fired;
    }

    public <T> List<T> all(Class<T> type) {
        return session.getObjects(type::isInstance).stream().map(type::cast).toList();
    }

    /** The rule and facts that inferred this fact, or null for a fact inserted from outside. */
    public Evidence evidenceOf(Object fact) {
        return evidence.get(fact);
    }

    /** Facts in working memory, justifications truth maintenance holds, and evidence kept: for leak checks. */
    public long[] sizes() {
        long keys = TruthMaintenanceSystemFactory.get().getOrCreateTruthMaintenanceSystem((ReteEvaluator) session).getEqualityKeysSize();
        return new long[] {session.getFactCount(), keys, evidence.size()};
    }

    @Override
    public void close() {
        session.dispose();
    }
}
