package dev.vigil.report;

import dev.vigil.engine.RuleInfo;
import dev.vigil.knowledge.ThreatDef;
import tools.jackson.databind.node.ObjectNode;

/** One rule as {@code vigil rules list --format json} and the server's /api/rules show it. */
public final class RuleJson {

    private RuleJson() {
    }

    /** The rule with its catalog threat (null for rules that derive facts). */
    public static ObjectNode of(RuleInfo r, ThreatDef t) {
        ObjectNode n = JsonReport.MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("title", r.name());
        n.put("family", r.family());
        n.put("threat", r.threat());
        n.put("stride", t == null ? null : t.stride());
        n.put("source", t == null ? null : t.source());
        n.put("derives", r.meta("derives"));
        n.put("file", r.file());
        n.put("line", r.line());
        return n;
    }
}
