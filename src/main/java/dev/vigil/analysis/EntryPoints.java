package dev.vigil.analysis;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.Derived;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry points, each with the finding that lets an attacker in there (the likeliest finding on
 * it whose threat enables initial access), its likelihood and its ATT&CK technique.
 */
final class EntryPoints {
    private final Map<String, Finding> door = new HashMap<>(); // looked up per path: a hash, not a tree
    private final List<String> all;
    private final KnowledgeBase kb;

    EntryPoints(List<Derived> derived, Map<String, List<Finding>> byTarget, KnowledgeBase kb) {
        this.kb = kb;
        derived.stream().filter(d -> d.kind().equals("entry-point")).map(Derived::subject).distinct().forEach(e -> {
            Finding best = null;
            for (Finding f : byTarget.getOrDefault(e, List.of())) {
                if (enables(f, "initial-access") && (best == null || f.risk().likelihood() > best.risk().likelihood())) {
                    best = f;
                }
            }
            if (best != null) {
                door.put(e, best);
            }
        });
        all = door.keySet().stream().sorted().toList();
    }

    /** True when the finding's threat lets an attacker take that kind of step (knowledge-base/steps). */
    boolean enables(Finding f, String step) {
        ThreatDef t = kb.threat(f.threatId());
        return t != null && t.enables().contains(step);
    }

    /** In id order. */
    List<String> all() {
        return all;
    }

    /** The finding that lets an attacker in at the entry point. */
    Finding door(String entry) {
        return door.get(entry);
    }

    int likelihood(String entry) {
        Finding f = door.get(entry);
        return f == null ? 1 : f.risk().likelihood();
    }

    String technique(String entry) {
        Finding f = door.get(entry);
        ThreatDef t = f == null ? null : kb.threat(f.threatId());
        return t == null || t.attack().isEmpty() ? null : t.attack().get(0);
    }
}
