package dev.vigil.batch;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads what the portfolio needs from a model's JSON report (fresh or reused), so both paths agree.
 * The worst risk is the worst unaccepted one.
 */
final class Outcomes {

    private Outcomes() {
    }

    static ModelOutcome of(String input, JsonNode report, boolean reused) {
        int worst = 0;
        String worstSeverity = null;
        TreeSet<String> threats = new TreeSet<>();
        for (JsonNode f : report.path("findings")) {
            int score = f.path("risk").path("score").asInt();
            if (score > worst && !f.has("accepted")) {
                worst = score;
                worstSeverity = f.path("risk").path("severity").asString();
            }
            threats.add(f.path("threat").asString());
        }
        Map<String, Integer> bySeverity = new TreeMap<>();
        report.path("summary").path("bySeverity").properties().forEach(e -> bySeverity.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> fixes = new TreeMap<>();
        for (JsonNode item : report.path("plan").path("items")) {
            fixes.put(item.path("mitigation").asString(), item.path("riskReduction").asInt());
        }
        return new ModelOutcome(input, "ok", null, report.path("system").path("id").asString(),
                report.path("system").path("name").asString(), worst, worstSeverity, bySeverity, new ArrayList<>(threats),
                fixes, reused, report.path("questions").size());
    }

}
