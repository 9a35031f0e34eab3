package dev.vigil.report;

import dev.vigil.analysis.Finding;
import dev.vigil.analysis.FixPlan;
import dev.vigil.analysis.PlanItem;
import dev.vigil.knowledge.Framework;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;
import tools.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The report's compliance section, one object per framework. A threat maps to a control through its
 * mitigations (threat → mitigations → controls); so every control listed is one that some finding
 * maps to, with the mitigations that implement it, the recommended fixes (fix-plan items) among
 * them, and the threats and findings that map to it. Controls and every list are sorted.
 */
final class ComplianceJson {

    /** Control ids in natural order: numbers compare as numbers (A.5.9 before A.5.17, SC-7(5) before SC-7(10)). */
    static final Comparator<String> CONTROL_ORDER = ComplianceJson::compareControls;

    private ComplianceJson() {
    }

    private record Control(Set<String> mitigations, Set<String> fixes, Set<String> threats, Set<String> findings) {
        Control() {
            this(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        }
    }

    static ObjectNode of(KnowledgeBase kb, Collection<Finding> findings, FixPlan plan) {
        Set<String> recommended = plan.items().stream().map(PlanItem::mitigationId).collect(Collectors.toSet());
        ObjectNode n = JsonReport.MAPPER.createObjectNode();
        for (Framework framework : Framework.values()) {
            Map<String, Control> controls = new java.util.HashMap<>(); // sorted once below, not on every lookup
            for (Finding f : findings) {
                for (String mid : f.mitigations()) {
                    MitigationDef m = kb.mitigation(mid);
                    for (String id : m.compliance().controls(framework)) {
                        Control c = controls.computeIfAbsent(id, k -> new Control());
                        c.mitigations().add(mid);
                        if (recommended.contains(mid)) {
                            c.fixes().add(mid);
                        }
                        c.threats().add(f.threatId());
                        c.findings().add(f.id());
                    }
                }
            }
            ObjectNode fw = n.putObject(framework.key());
            fw.put("title", framework.title());
            ObjectNode out = fw.putObject("controls");
            Map<String, Control> sorted = new TreeMap<>(CONTROL_ORDER);
            sorted.putAll(controls);
            sorted.forEach((id, c) -> {
                ObjectNode control = out.putObject(id);
                JsonReport.strings(control.putArray("fixes"), c.fixes());
                JsonReport.strings(control.putArray("mitigations"), c.mitigations());
                JsonReport.strings(control.putArray("threats"), c.threats());
                JsonReport.strings(control.putArray("findings"), c.findings());
            });
        }
        return n;
    }

    /** Per framework, the controls of the given mitigations, sorted (for a threat: the controls it maps to). */
    static ObjectNode controlsOf(KnowledgeBase kb, Collection<String> mitigations) {
        ObjectNode n = JsonReport.MAPPER.createObjectNode();
        for (Framework framework : Framework.values()) {
            Set<String> ids = new TreeSet<>(CONTROL_ORDER);
            mitigations.forEach(m -> ids.addAll(kb.mitigation(m).compliance().controls(framework)));
            JsonReport.strings(n.putArray(framework.key()), ids);
        }
        return n;
    }

    private static int compareControls(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = Long.compare(Long.parseLong(a.substring(i, ei)), Long.parseLong(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && end - from < 18 && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
