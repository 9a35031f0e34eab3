package dev.vigil.server;

import dev.vigil.report.JsonReport;
import dev.vigil.report.ReportDiff;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

/** What changed between two JSON reports, as the API answers it: JSON, or Markdown for a review. */
final class Diffs {

    /** Acceptances that end within this many days are listed. */
    static final int EXPIRING_WITHIN_DAYS = 30;

    private Diffs() {
    }

    static void checkFormat(String format) {
        if (!format.equals("json") && !format.equals("md")) {
            throw ApiException.badRequest("unknown diff format '" + format + "'; allowed: json, md");
        }
    }

    static ResponseEntity<String> answer(String from, String to, JsonNode before, JsonNode after, LocalDate today, String format) {
        checkFormat(format);
        ReportDiff diff = ReportDiff.of(before, after, today, EXPIRING_WITHIN_DAYS);
        JsonNode expired = after.path("acceptances").path("expired");
        if (format.equals("md")) {
            StringBuilder md = new StringBuilder(diff.markdown());
            if (!expired.isEmpty()) {
                md.append("\n## Acceptances that have expired\n\n");
                expired.forEach(e -> md.append("- expired on ").append(e.path("expires").asString()).append(", accepted by ")
                        .append(dev.vigil.report.Templates.markdownText(e.path("acceptedBy").asString())).append(": ")
                        .append(e.path("findings").size()).append(" finding(s) active again\n"));
            }
            return ResponseEntity.ok().contentType(ReportFormats.MARKDOWN).body(md.toString());
        }
        ObjectNode out = JsonReport.mapper().createObjectNode();
        out.put("from", from);
        out.put("to", to);
        out.put("unchanged", diff.isEmpty());
        brief(out.putArray("added"), diff.added());
        brief(out.putArray("resolved"), diff.resolved());
        ArrayNode changed = out.putArray("changed");
        diff.changed().forEach(c -> changed.addObject().put("id", c.id()).put("title", c.title())
                .<ObjectNode>set("before", c.before().path("risk")).set("after", c.after().path("risk")));
        brief(out.putArray("expiring"), diff.expiring());
        out.set("expiredAcceptances", expired.isMissingNode() ? JsonReport.mapper().createArrayNode() : expired);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JsonReport.render(out));
    }

    private static void brief(ArrayNode into, List<JsonNode> findings) {
        findings.forEach(f -> into.addObject().put("id", f.path("id").asString()).put("title", f.path("title").asString())
                .set("risk", f.path("risk")));
    }
}
