package dev.vigil.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The facts in working memory after a session, with the evidence of each inferred one. */
public record SessionResult(List<Object> facts, Map<Object, Evidence> evidence, int firings, Map<String, Integer> firingsByRule) {

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Evidence of an inferred fact (by identity first, then by equality), or null for an input fact. */
    public Evidence evidenceOf(Object fact) {
        Evidence e = evidence.get(fact);
        if (e != null) {
            return e;
        }
        return evidence.entrySet().stream().filter(en -> en.getKey().equals(fact)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    static SessionResult of(List<Object> facts, Map<Object, Evidence> evidence, int firings, Map<String, Integer> byRule) {
        return new SessionResult(List.copyOf(facts), new IdentityHashMap<>(evidence), firings, Map.copyOf(byRule));
    }
}
