package dev.vigil.analysis;

import dev.vigil.engine.Evidence;
import dev.vigil.engine.RuleBase;
import dev.vigil.engine.RuleInfo;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.io.LoadedModel;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Why a finding exists, as text: the rule and where it is written, the facts it matched, for each
 * derived fact the rule and facts it came from (back to the model, with line numbers), and every
 * step of the risk computation.
 */
public final class Explanation {

    private static final int MAX_DEPTH = 8;

    private final Analysis analysis;
    private final RuleBase rules;
    private final KnowledgeBase kb;
    private final FactLabels labels;

    public Explanation(Analysis analysis, RuleBase rules, KnowledgeBase kb) {
        this.analysis = analysis;
        this.rules = rules;
        this.kb = kb;
        this.labels = new FactLabels(analysis.index());
    }

    public void write(Finding f, PrintWriter out) {
        ThreatDef threat = kb.threat(f.threatId());
        out.println("Finding " + f.id());
        out.println("  Threat:  " + threat.title() + " [" + threat.id() + "], STRIDE " + threat.stride() + ", " + threat.source());
        out.println("  Target:  " + analysis.index().label(f.target()) + position(f.target()));
        out.println("  Rule:    " + rule(f.ruleId()));
        out.println("  Matched facts:");
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (f.evidence() != null) {
            f.evidence().matched().forEach(m -> fact(m, 2, seen, out));
        }
        out.println("  Risk:    likelihood " + f.risk().likelihood() + " × impact " + f.risk().impact() + " = "
                + f.risk().score() + " (" + f.risk().severity().label() + ")");
        for (Factor x : f.factors()) {
            String value = x.ruleId() == null ? String.valueOf(x.delta()) : (x.delta() > 0 ? "+" : "") + x.delta();
            out.printf("    %-10s %3s  %s%s%n", x.dimension(), value, x.reason(), x.ruleId() == null ? "" : "  (rule " + rule(x.ruleId()) + ")");
            if (x.evidence() != null) {
                x.evidence().matched().forEach(m -> out.println("                    because: " + labels.describe(m)));
            }
        }
        out.println("  Mitigations:");
        for (String id : f.mitigations()) {
            MitigationDef m = kb.mitigation(id);
            out.println("    - " + id + ": " + m.title() + " (" + m.kind() + ", effort " + m.effort() + ", lowers likelihood "
                    + m.lowersLikelihood() + ", impact " + m.lowersImpact() + ")");
        }
        out.println("  Residual after the fix plan: likelihood " + f.residual().likelihood() + " × impact "
                + f.residual().impact() + " = " + f.residual().score() + " (" + f.residual().severity().label() + ")");
        out.println("  Catalog: CWE " + String.join(", ", threat.cwe()) + "; CAPEC " + String.join(", ", threat.capec())
                + "; ATT&CK " + String.join(", ", threat.attack()));
    }

    private void fact(Object fact, int depth, Set<Object> seen, PrintWriter out) {
        String indent = "  ".repeat(depth);
        Evidence ev = analysis.session().evidenceOf(fact);
        if (ev == null) {
            out.println(indent + "- " + labels.describe(fact) + inputPosition(fact));
            return;
        }
        out.println(indent + "- " + labels.describe(fact) + "  ← derived by " + rule(ev.ruleId()) + " from:");
        if (!seen.add(fact) || depth >= MAX_DEPTH) {
            out.println(indent + "    (already shown above)");
            return;
        }
        ev.matched().forEach(m -> fact(m, depth + 2, seen, out));
    }

    private String rule(String id) {
        RuleInfo r = rules.rule(id);
        return r == null ? id : id + " \"" + r.name() + "\" at " + r.location();
    }

    private String inputPosition(Object fact) {
        String id = FactLabels.idOf(fact);
        return id == null ? "  [model input]" : "  [model " + position(id).strip() + "]";
    }

    private String position(String elementId) {
        LoadedModel source = analysis.source();
        LoadedModel.Position p = source.positions().get(elementId);
        return p == null ? "" : " at " + source.file() + ":" + p.line();
    }
}
