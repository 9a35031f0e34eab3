package dev.vigil.report;

import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two JSON reports of a system (two reviews, or a base branch and a pull
 * request): findings that are new, resolved, or changed in severity or residual risk, and
 * acceptances that expire soon or have expired (their findings active again). Works on the reports
 * alone, matched by stable finding id.
 */
public record ReportDiff(List<JsonNode> added, List<JsonNode> resolved, List<Change> changed, List<JsonNode> expiring,
                         List<JsonNode> expired, JsonNode newReport) {

    public record Change(String id, String title, JsonNode before, JsonNode after) {
    }

    public static ReportDiff of(JsonNode oldReport, JsonNode newReport, LocalDate today, int expiringWithinDays) {
        Map<String, JsonNode> before = byId(oldReport);
        Map<String, JsonNode> after = byId(newReport);
        List<JsonNode> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((id, f) -> {
            JsonNode old = before.get(id);
            if (old == null) {
                added.add(f);
            } else if (!old.path("risk").equals(f.path("risk")) || !old.path("residual").equals(f.path("residual"))) {
                changed.add(new Change(id, f.path("title").asString(), old, f));
            }
        });
        List<JsonNode> resolved = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        List<JsonNode> expiring = new ArrayList<>();
        for (JsonNode f : newReport.path("findings")) {
            JsonNode a = f.path("accepted");
            if (!a.isMissingNode() && !LocalDate.parse(a.path("expires").asString()).isAfter(today.plusDays(expiringWithinDays))) {
                expiring.add(f);
            }
        }
        List<JsonNode> expired = newReport.path("acceptances").path("expired").valueStream().toList();
        return new ReportDiff(added, resolved, changed, expiring, expired, newReport);
    }

    private static Map<String, JsonNode> byId(JsonNode report) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        report.path("findings").forEach(f -> out.put(f.path("id").asString(), f));
        return out;
    }

    public boolean isEmpty() {
        return added.isEmpty() && resolved.isEmpty() && changed.isEmpty() && expiring.isEmpty() && expired.isEmpty();
    }

    /** Markdown for a pull-request comment: the changes, the top risks now, the fix plan. */
    @SuppressWarnings("unchecked")
    public String markdown() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("system", JsonReport.MAPPER.convertValue(newReport.path("system"), Map.class));
        view.put("added", list(added));
        view.put("resolved", list(resolved));
        List<Map<String, Object>> changes = new ArrayList<>();
        changed.forEach(c -> changes.add(Map.of("id", c.id(), "title", c.title(),
                "before", JsonReport.MAPPER.convertValue(c.before().path("risk"), Map.class),
                "after", JsonReport.MAPPER.convertValue(c.after().path("risk"), Map.class))));
        view.put("changed", changes);
        view.put("expiring", list(expiring));
        view.put("expired", list(expired));
        List<Object> top = list(newReport.path("findings").valueStream().filter(f -> !f.has("accepted")).limit(5).toList());
        view.put("top", top);
        view.put("plan", JsonReport.MAPPER.convertValue(newReport.path("plan"), Map.class));
        view.put("noChange", isEmpty());
        view.put("hasAdded", !added.isEmpty());
        view.put("hasResolved", !resolved.isEmpty());
        view.put("hasChanged", !changed.isEmpty());
        view.put("hasExpiring", !expiring.isEmpty());
        view.put("hasExpired", !expired.isEmpty());
        return Templates.markdown("diff.md.mustache", view);
    }

    private static List<Object> list(List<JsonNode> nodes) {
        return nodes.stream().map(n -> (Object) JsonReport.MAPPER.convertValue(n, Map.class)).toList();
    }
}
