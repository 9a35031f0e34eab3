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
        if (format.equals("md")) {
            return ResponseEntity.ok().contentType(ReportFormats.MARKDOWN).body(diff.markdown());
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
        diff.expired().forEach(out.putArray("expiredAcceptances")::add);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JsonReport.render(out));
    }

    private static void brief(ArrayNode into, List<JsonNode> findings) {
        findings.forEach(f -> into.addObject().put("id", f.path("id").asString()).put("title", f.path("title").asString())
                .set("risk", f.path("risk")));
    }
}
