package dev.vigil.analysis;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;
import dev.vigil.model.InPlace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the model shows is in place ({@link InPlace} facts of rules/_derived/in-place.drl), applied to
 * the findings: a mitigation in place on a finding's element lowers it, with a factor that says so,
 * and is never recommended for it again; one in place for the whole system (a practice) is never
 * recommended again either, but lowers nothing itself, because the practice's effect is already a
 * risk factor of its own (rules/practices). When a mitigation of a finding is in place on other
 * elements but not on this one, the finding says where it is and that it does not cover this one.
 */
final class InPlaceMitigations {

    private final KnowledgeBase kb;
    private final ModelIndex index;
    private final Map<String, Map<String, String>> reasons = new TreeMap<>(); // mitigation → element → reason

    InPlaceMitigations(KnowledgeBase kb, ModelIndex index, List<InPlace> facts) {
        this.kb = kb;
        this.index = index;
        facts.forEach(p -> reasons.computeIfAbsent(p.mitigation(), k -> new TreeMap<>()).putIfAbsent(p.element(), p.reason()));
    }

    private java.util.Set<String> sameKind(java.util.Set<String> elements, String target) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        elements.stream().filter(e -> java.util.Objects.equals(index.kindOf(e), index.kindOf(target))).forEach(out::add);
        return out;
    }

    List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding next = f;
            List<String> notes = new ArrayList<>();
            for (String m : f.mitigations()) {
                Map<String, String> where = reasons.getOrDefault(m, Map.of());
                MitigationDef def = kb.mitigation(m);
                if (where.containsKey(f.target())) {
                    next = FixPlanner.lower(kb, next, def, "in place: " + where.get(f.target()) + ": ");
                } else if (where.containsKey(InPlace.SYSTEM)) {
                    List<String> applied = new ArrayList<>(next.applied());
                    applied.add(m);
                    next = next.withRisk(next.risk(), next.factors(), List.copyOf(applied));
                } else if (!sameKind(where.keySet(), f.target()).isEmpty()) {
                    // only elements of the target's kind: a firewall on a zone's hosts is not part of a zone's segmentation
                    notes.add(def.title() + " is in place for " + names(sameKind(where.keySet(), f.target())) + ", but not for "
                            + index.nameOf(f.target()) + ".");
                }
            }
            out.add(notes.isEmpty() ? next : next.withNotes(List.copyOf(notes)));
        }
        out.sort(RiskScorer.RANKING);
        return out;
    }

    private String names(java.util.Set<String> ids) {
        List<String> all = new ArrayList<>(new TreeSet<>(ids.stream().map(index::nameOf).toList()));
        return all.size() <= 3 ? String.join(", ", all) : String.join(", ", all.subList(0, 3)) + " and " + (all.size() - 3) + " more";
    }
}
