package dev.vigil.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one rule, together: the same threat on five groups of people is one row with five
 * targets, ranked by its worst finding, so a top list is not five copies of one threat. The findings
 * keep their own ids ({@code rule@target}) and risks.
 */
public record FindingGroup(String ruleId, String threatId, String title, List<Finding> findings) {

    /** The worst finding of the group (the first, as findings come ranked). */
    public Finding worst() {
        return findings.get(0);
    }

    public List<String> targets() {
        return findings.stream().map(Finding::target).toList();
    }

    /** The groups of ranked findings, in the order of each group's worst finding. */
    public static List<FindingGroup> of(List<Finding> ranked) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        ranked.forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        return byRule.values().stream().map(fs -> new FindingGroup(fs.get(0).ruleId(), fs.get(0).threatId(), fs.get(0).title(),
                List.copyOf(fs))).toList();
    }
}
