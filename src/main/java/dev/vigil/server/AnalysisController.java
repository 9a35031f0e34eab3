package dev.vigil.server;

import dev.vigil.report.JsonReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Analyses: post a model, list a team's analyses, read one in any report format, diff two. */
@RestController
@RequestMapping("/api/analyses")
final class AnalysisController {

    private static final int MAX_LIST = 500;

    private final Analyses analyses;
    private final AnalysisStore store;
    private final Clock clock;

    AnalysisController(Analyses analyses, AnalysisStore store, Clock clock) {
        this.analyses = analyses;
        this.store = store;
        this.clock = clock;
    }

    /** Body: a model in YAML or JSON. Answers 201 with the report in the format asked for and its address in Location. */
    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "application/json", "text/plain",
            "application/octet-stream"})
    @Requires(Role.Permission.ANALYSE)
    ResponseEntity<String> create(Caller caller, @RequestBody byte[] model, @RequestParam(required = false) String format,
                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        AnalysisStore.Format chosen = ReportFormats.choose(format, accept);
        String id = analyses.analyse(caller, model);
        return ResponseEntity.created(URI.create("/api/analyses/" + id)).header("Vigil-Analysis-Id", id)
                .contentType(ReportFormats.mediaType(chosen)).body(report(caller, id, chosen));
    }

    @GetMapping
    @Requires(Role.Permission.READ)
    List<AnalysisStore.Summary> list(Caller caller, @RequestParam(required = false) String system,
                                     @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIST + ", not " + limit);
        }
        return store.list(caller.team(), system, limit);
    }

    @GetMapping("/{id}")
    @Requires(Role.Permission.READ)
    ResponseEntity<String> get(Caller caller, @PathVariable String id, @RequestParam(required = false) String format,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        AnalysisStore.Format chosen = ReportFormats.choose(format, accept);
        return ResponseEntity.ok().contentType(ReportFormats.mediaType(chosen)).body(report(caller, id, chosen));
    }

    /** What changed from analysis {@code from} to analysis {@code to}: JSON, or Markdown with ?format=md. */
    @GetMapping("/{from}/diff/{to}")
    @Requires(Role.Permission.READ)
    ResponseEntity<String> diff(Caller caller, @PathVariable String from, @PathVariable String to,
                                @RequestParam(defaultValue = "json") String format) {
        Diffs.checkFormat(format);
        JsonNode before = JsonReport.mapper().readTree(report(caller, from, AnalysisStore.Format.JSON));
        JsonNode after = JsonReport.mapper().readTree(report(caller, to, AnalysisStore.Format.JSON));
        return Diffs.answer(from, to, before, after, LocalDate.now(clock), format);
    }

    private String report(Caller caller, String id, AnalysisStore.Format format) {
        return store.report(caller.team(), id, format).orElseThrow(() -> ApiException.notFound("analysis", id));
    }
}
