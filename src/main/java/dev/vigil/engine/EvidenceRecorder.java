package dev.vigil.engine;

import org.drools.base.InitialFact;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records, for every fact a rule inserts, the rule and the facts of the match that inserted it,
 * and counts firings per rule; halts the session when the time budget is spent.
 */
final class EvidenceRecorder extends DefaultAgendaEventListener {

    private final KieSession session;
    private final long deadlineNanos;
    private final Map<Object, Evidence> evidence = new IdentityHashMap<>();
    private final Map<String, Integer> firings = new TreeMap<>();
    private final Map<String, Long> nanos = new TreeMap<>(); // time in consequences, per rule
    private long firedAt;
    private Match current;
    private Evidence currentEvidence;
    private final Map<org.kie.api.definition.rule.Rule, String> ruleIds = new IdentityHashMap<>();
    private boolean timedOut;

    EvidenceRecorder(KieSession session, long deadlineNanos) {
        this.session = session;
        this.deadlineNanos = deadlineNanos;
        session.addEventListener(this);
        session.addEventListener(inserts);
    }

    /** Takes the listeners off the session again, before it goes back to the pool. */
    void detach() {
        session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) this);
        session.removeEventListener(inserts);
    }

    private final DefaultRuleRuntimeEventListener inserts = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (current != null && event.getRule() != null) {
                if (currentEvidence == null) {
                    currentEvidence = new Evidence(id(current), matched(current));
                }
                evidence.putIfAbsent(event.getObject(), currentEvidence);
            }
        }

        // truth maintenance retracts a fact when its justification goes; its evidence goes with it,
        // or every replaced Reach set of a large model would stay in memory until the session ends
        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            evidence.remove(event.getOldObject());
        }
    };

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
        currentEvidence = null;
        firings.merge(id(current), 1, Integer::sum);
        firedAt = System.nanoTime();
        if (firedAt > deadlineNanos && !timedOut) {
            timedOut = true;
            session.halt();
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        nanos.merge(id(event.getMatch()), System.nanoTime() - firedAt, Long::sum);
        current = null;
    }

    /** The rule id of a match, looked up once per rule. */
    private String id(Match match) {
        return ruleIds.computeIfAbsent(match.getRule(), r -> ruleId(match));
    }

    /**
     * The facts a match joined. A rule that opens with a model-wide exists or not (asked once, not
     * per later fact) matches Drools' initial fact there, which is no evidence of anything.
     */
    static List<Object> matched(Match match) {
        return match.getObjects().stream().filter(o -> !(o instanceof InitialFact)).toList();
    }

    static String ruleId(Match match) {
        Object id = match.getRule().getMetaData().get("id");
        return id == null ? match.getRule().getName() : id.toString();
    }

    Map<Object, Evidence> evidence() {
        return evidence;
    }

    Map<String, Integer> firings() {
        return firings;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** "rule-a (fired 1200×), rule-b (fired 900×)" for the rules that fired most. */
    String busiestRules() {
        return firings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(e -> e.getKey() + " (fired " + e.getValue() + "×)")
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    /** The rules whose consequences took longest, with their time: what a spent time budget went on. */
    String slowestRules() {
        return nanos.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> String.format(java.util.Locale.ROOT, "%s (%.1f s in %d firings)", e.getKey(), e.getValue() / 1e9,
                        firings.get(e.getKey())))
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
