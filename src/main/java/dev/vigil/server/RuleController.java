package dev.vigil.server;

import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleInfo;
import dev.vigil.report.JsonReport;
import dev.vigil.report.RuleJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Comparator;

/**
 * The rule base in use: read-only. Rules and catalogs come from the server's reviewed folders and
 * never over the API (DRL can call any Java).
 */
@RestController
@RequestMapping("/api/rules")
final class RuleController {

    private final WorkspaceHolder holder;

    RuleController(WorkspaceHolder holder) {
        this.holder = holder;
    }

    /** Every rule: id, title, family, threat, STRIDE, source, what it derives, file and line. */
    @GetMapping
    @Requires(Role.Permission.READ)
    ArrayNode list() {
        Workspace ws = holder.current();
        if (ws == null) {
            throw ApiException.noRuleBase();
        }
        ArrayNode out = JsonReport.mapper().createArrayNode();
        ws.rules().rules().stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(r -> out.add(RuleJson.of(r, ws.kb().threat(r.threat()))));
        return out;
    }

    /** The rule-base version in use (null while none is valid), when it was loaded, and the last load's errors. */
    @GetMapping("/version")
    @Requires(Role.Permission.READ)
    ObjectNode version() {
        WorkspaceHolder.State s = holder.state();
        ObjectNode out = JsonReport.mapper().createObjectNode();
        Workspace ws = s.workspace();
        out.put("version", ws == null ? null : ws.rules().version());
        out.put("rules", ws == null ? 0 : ws.rules().rules().size());
        ArrayNode packs = out.putArray("packs");
        if (ws != null) {
            ws.rules().packs().forEach(p -> packs.addObject().put("name", p.name()).put("version", p.version()));
        }
        out.put("loadedAt", s.loadedAt() == null ? null : s.loadedAt().toString());
        out.put("lastAttempt", s.lastAttempt() == null ? null : s.lastAttempt().toString());
        ArrayNode errors = out.putArray("lastErrors");
        s.lastErrors().forEach(errors::add);
        return out;
    }
}
