package dev.vigil.engine;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.io.Names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the metadata every rule must carry: a unique {@code @id}; either {@code @threatId} (a
 * catalog id, with {@code @stride} and {@code @source} that agree with the catalog) or
 * {@code @derives} (what it infers: a derived kind, {@code link}, {@code risk} with a
 * {@code @reason}, or {@code scenario} with a {@code @scenario} kind).
 */
final class MetadataChecker {

    private final KnowledgeBase kb;
    private final List<String> errors;
    private final Map<String, RuleInfo> seen = new HashMap<>();

    MetadataChecker(KnowledgeBase kb, List<String> errors) {
        this.kb = kb;
        this.errors = errors;
    }

    void check(RuleInfo rule) {
        String id = rule.id();
        if (id == null || id.isBlank()) {
            error(rule, "rule '" + rule.name() + "' has no @id");
            return;
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            error(rule, "@id '" + id + "' must be lower-case letters, digits and dashes");
        }
        RuleInfo previous = seen.putIfAbsent(id, rule);
        if (previous != null) {
            error(rule, "@id '" + id + "' is already used at " + previous.location());
        }
        checkKeys(rule);
        String threat = rule.meta("threatId");
        String derives = rule.meta("derives");
        if ((threat == null) == (derives == null)) {
            error(rule, "rule '" + id + "' must have exactly one of @threatId (raises a catalog threat) or @derives");
        } else if (threat != null) {
            checkThreat(rule, threat);
        } else if (derives.equals("risk") && rule.meta("reason") == null) {
            error(rule, "risk rule '" + id + "' needs a @reason that says why the score moves");
        } else if (derives.equals("scenario") && rule.meta("scenario") == null) {
            error(rule, "scenario rule '" + id + "' needs a @scenario kind");
        } else if (derives.equals("in-place") && (rule.meta("mitigation") == null || rule.meta("reason") == null)) {
            error(rule, "in-place rule '" + id + "' needs @mitigation (a catalog mitigation id) and a @reason");
        } else if (derives.equals("in-place") && kb.mitigation(rule.meta("mitigation")) == null) {
            error(rule, "@mitigation '" + rule.meta("mitigation") + "' is not in knowledge-base/mitigations."
                    + Names.didYouMean(rule.meta("mitigation"), kb.mitigations().keySet()));
        } else if (derives.equals("ask") && rule.meta("asks") == null) {
            error(rule, "asking rule '" + id + "' needs @asks: the id of the question it asks, or * for a rule that asks many");
        }
    }

    /**
     * Drools resolves a rule annotation's name as a type too: {@code @threat} makes the fact type
     * {@code Threat} unresolvable in the whole package. Such names are refused with that reason.
     */
    private void checkKeys(RuleInfo rule) {
        for (String key : rule.metadata().keySet()) {
            if (FACT_TYPES.contains(key.toLowerCase(java.util.Locale.ROOT))) {
                error(rule, "metadata @" + key + " has the name of a fact type, which breaks that type's use in "
                        + "the package; use another name (for example @" + key + "Id)");
            }
        }
    }

    private static final java.util.Set<String> FACT_TYPES = java.util.Set.of("threat", "derived", "link", "reachable",
            "riskfactor", "scenarioseed", "component", "dataasset", "dataflow", "principal", "accessgrant", "dependency",
            "practices", "backups", "control", "trustzone", "systeminfo", "answer", "ask", "question", "unanswered", "inplace",
            "enables", "unstated", "analysismode", "outofscope");

    private void checkThreat(RuleInfo rule, String threat) {
        ThreatDef def = kb.threat(threat);
        if (def == null) {
            error(rule, "@threatId '" + threat + "' is not in knowledge-base/threats." + Names.didYouMean(threat, kb.threats().keySet()));
            return;
        }
        expect(rule, "stride", def.stride(), threat);
        expect(rule, "source", def.source(), threat);
    }

    private void expect(RuleInfo rule, String key, String expected, String threat) {
        String actual = rule.meta(key);
        if (actual == null) {
            error(rule, "rule '" + rule.id() + "' has no @" + key + " (catalog threat " + threat + " says '" + expected + "')");
        } else if (!actual.equals(expected)) {
            error(rule, "rule '" + rule.id() + "' says @" + key + "('" + actual + "') but catalog threat " + threat
                    + " says '" + expected + "'");
        }
    }

    private void error(RuleInfo rule, String message) {
        errors.add(rule.location() + ": " + message);
    }
}
