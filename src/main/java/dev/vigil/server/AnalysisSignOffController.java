package dev.vigil.server;

import dev.vigil.report.JsonReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision maker's sign-off of a stored analysis (who, when, the rule base, the risk numbers) and
 * the review of a later analysis of the same system against the last sign-off.
 */
@RestController
@RequestMapping("/api/analyses/{id}")
final class AnalysisSignOffController {

    private final AnalysisStore store;
    private final AnalysisSignOffs signOffs;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    AnalysisSignOffController(AnalysisStore store, AnalysisSignOffs signOffs, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.signOffs = signOffs;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Body (optional): {"note": "…"}. */
    @PostMapping("/signoffs")
    @Requires(Role.Permission.ACCEPT)
    ResponseEntity<AnalysisSignOffs.SignOff> signOff(Caller caller, @PathVariable String id, @RequestBody(required = false) JsonNode body) {
        String note = BodyFields.note(caller, body);
        JsonNode report = report(caller, id);
        JsonNode summary = report.path("summary");
        AnalysisSignOffs.SignOff s = new AnalysisSignOffs.SignOff(null, id, report.path("system").path("id").asString(), caller.name(),
                ServerBeans.utcNow(clock), note, report.path("vigil").path("ruleBase").asString(), summary.path("findings").asInt(),
                summary.path("totalRisk").asInt(), summary.path("residualRisk").asInt(), summary.path("exceedingAppetite").asInt());
        AnalysisSignOffs.SignOff stored = tx.execute(status -> {
            AnalysisSignOffs.SignOff made = signOffs.insert(caller, s);
            audit.record(caller, "analysis.signoff", id, "residual risk " + s.residualRisk() + ", rule base " + s.ruleBase());
            return made;
        });
        return ResponseEntity.created(URI.create("/api/analyses/" + id + "/signoffs")).body(stored);
    }

    @GetMapping("/signoffs")
    @Requires(Role.Permission.READ)
    List<AnalysisSignOffs.SignOff> signOffs(Caller caller, @PathVariable String id) {
        report(caller, id);
        return signOffs.list(caller.team(), id);
    }

    /** This analysis against the last signed-off analysis of its system: JSON, or ?format=md. */
    @GetMapping("/review")
    @Requires(Role.Permission.READ)
    ResponseEntity<String> review(Caller caller, @PathVariable String id, @RequestParam(defaultValue = "json") String format) {
        Diffs.checkFormat(format);
        JsonNode after = report(caller, id);
        String system = after.path("system").path("id").asString();
        AnalysisSignOffs.SignOff last = signOffs.last(caller.team(), system).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT,
                "Not signed off", "no analysis of system '" + system + "' is signed off yet; an acceptor signs one off first"));
        return Diffs.answer("signoff:" + last.id(), id, report(caller, last.analysis()), after, LocalDate.now(clock), format);
    }

    private JsonNode report(Caller caller, String id) {
        return JsonReport.mapper().readTree(store.report(caller.team(), id, AnalysisStore.Format.JSON)
                .orElseThrow(() -> ApiException.notFound("analysis", id)));
    }
}
