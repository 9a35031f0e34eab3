package dev.vigil.analysis;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.model.Backups;

import java.util.ArrayList;
import java.util.List;

/**
 * The impact of a scenario on a target that has no finding of the scenario's impact threat, from the
 * catalog's impact of that threat, the business criticality and what the target is:
 * <ul>
 * <li>ransomware (its backups are stated offline or immutable, so the rule that flags online backups
 *     is silent): backups do not stop the attack, they limit the loss: an offline or immutable copy
 *     (the data written since the last backup is lost), tested restores (back in days, not weeks),
 *     no backups at all. Two systems can then be compared whatever their backups;</li>
 * <li>theft of data (an egress control covers the store, so the bulk-theft finding is silent): the
 *     data is read all the same; restricted data makes it worse.</li>
 * </ul>
 */
final class ScenarioImpact {

    record Impact(int value, List<Factor> factors) {
    }

    private ScenarioImpact() {
    }

    static Impact ransomware(KnowledgeBase kb, ModelIndex index) {
        List<Factor> factors = new ArrayList<>();
        int impact = start(kb, index, "ransomware", "before backups", factors);
        Backups b = index.backups();
        if (b != null && "none".equals(b.frequency())) {
            impact += add(factors, 1, "there are no backups at all: nothing to restore");
        }
        if (b != null && (Boolean.TRUE.equals(b.offline()) || Boolean.TRUE.equals(b.immutable()))) {
            impact += add(factors, -1, "an offline or immutable backup copy limits the loss to the data written since the last backup");
        }
        if (b != null && Boolean.TRUE.equals(b.restoreTested())) {
            impact += add(factors, -1, "a tested restore brings the data back in days, not weeks");
        }
        return new Impact(Math.max(1, Math.min(5, impact)), List.copyOf(factors));
    }

    static Impact theft(KnowledgeBase kb, ModelIndex index, String target) {
        List<Factor> factors = new ArrayList<>();
        int impact = start(kb, index, "data-exfiltration", "the data is read and copied out", factors);
        if (index.holdsRestricted(target)) {
            impact += add(factors, 1, "the target holds restricted data");
        }
        return new Impact(Math.max(1, Math.min(5, impact)), List.copyOf(factors));
    }

    private static int start(KnowledgeBase kb, ModelIndex index, String threatId, String what, List<Factor> factors) {
        var threat = kb.threat(threatId);
        int impact = threat == null ? 4 : threat.impact();
        factors.add(Factor.of("impact", impact, "catalog default for " + threatId + ", " + what));
        if ("critical".equals(index.criticality())) {
            impact += add(factors, 1, "the system is rated business-critical");
        } else if ("low".equals(index.criticality())) {
            impact += add(factors, -1, "the system is rated low criticality");
        }
        return impact;
    }

    private static int add(List<Factor> factors, int delta, String reason) {
        factors.add(Factor.of("impact", delta, reason));
        return delta;
    }
}
