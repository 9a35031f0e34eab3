package dev.vigil.server;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Question-and-answer assessments of the caller's team: create, read (progress, the next question,
 * the answers; ETag = version), answer or withdraw an answer (If-Match required), the findings so
 * far in any report format, list, delete.
 */
@RestController
@RequestMapping("/api/assessments")
final class AssessmentController {

    private static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Body: {"name": "what is assessed"}. */
    @PostMapping
    @Requires(Role.Permission.ANALYSE)
    ResponseEntity<Assessments.View> create(Caller caller, @RequestBody JsonNode body) {
        List<String> ignored = BodyFields.check(caller, body, Set.of("name"));
        JsonNode name = body.get("name");
        if (name == null || !name.isString() || name.asString().isBlank() || name.asString().length() > 200) {
            throw ApiException.badRequest("'name' is required: what is assessed, 1 to 200 characters");
        }
        Assessments.View v = assessments.create(caller, name.asString().trim(), ignored);
        return ResponseEntity.created(URI.create("/api/assessments/" + v.id())).eTag(etag(v.version())).body(v);
    }

    @GetMapping
    @Requires(Role.Permission.READ)
    List<Summary> list(Caller caller) {
        return assessments.list(caller).stream().map(s -> new Summary(s.id(), s.name(), s.version(), s.createdAt().toString(),
                s.createdBy(), s.updatedAt().toString(), s.updatedBy())).toList();
    }

    record Summary(String id, String name, int version, String createdAt, String createdBy, String updatedAt, String updatedBy) {
    }

    @GetMapping("/{id}")
    @Requires(Role.Permission.READ)
    ResponseEntity<Assessments.View> get(Caller caller, @PathVariable String id) {
        Assessments.View v = assessments.view(caller, id);
        return ResponseEntity.ok().eTag(etag(v.version())).body(v);
    }

    /** Answers one question: body {"values": ["…"]} (one value, or the values of a list; "unknown" where allowed). */
    @PutMapping("/{id}/answers/{key}")
    @Requires(Role.Permission.ANALYSE)
    ResponseEntity<Assessments.View> answer(Caller caller, @PathVariable String id, @PathVariable String key,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @RequestBody JsonNode body) {
        BodyFields.check(caller, body, Set.of("values"));
        JsonNode values = body.get("values");
        if (values == null || !values.isArray()) {
            throw ApiException.badRequest("'values' is required: a list of the answer's values, e.g. {\"values\": [\"yes\"]}");
        }
        List<String> raw = new ArrayList<>();
        for (JsonNode v : values) {
            if (!v.isString() && !v.isNumber() && !v.isBoolean()) {
                throw ApiException.badRequest("each value must be a string, number or boolean, not " + v);
            }
            raw.add(v.asString());
        }
        Assessments.View v = assessments.answer(caller, id, version(ifMatch), key, raw);
        return ResponseEntity.ok().eTag(etag(v.version())).body(v);
    }

    /** Withdraws an answer: the question is asked again, and what followed from it goes. */
    @DeleteMapping("/{id}/answers/{key}")
    @Requires(Role.Permission.ANALYSE)
    ResponseEntity<Assessments.View> clear(Caller caller, @PathVariable String id, @PathVariable String key,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Assessments.View v = assessments.answer(caller, id, version(ifMatch), key, null);
        return ResponseEntity.ok().eTag(etag(v.version())).body(v);
    }

    @GetMapping("/{id}/findings")
    @Requires(Role.Permission.READ)
    ResponseEntity<String> findings(Caller caller, @PathVariable String id, @RequestParam(required = false) String format,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        AnalysisStore.Format chosen = ReportFormats.choose(format, accept);
        return ResponseEntity.ok().contentType(ReportFormats.mediaType(chosen)).body(assessments.findings(caller, id, chosen));
    }

    /** The model the answers describe, as YAML: keep it beside the code, or post it to /api/analyses to store an analysis. */
    @GetMapping("/{id}/model")
    @Requires(Role.Permission.READ)
    ResponseEntity<String> model(Caller caller, @PathVariable String id) {
        return ResponseEntity.ok().contentType(YAML).body(assessments.exportModel(caller, id));
    }

    /**
     * Signs off the assessment as last read (If-Match): a decision maker's record of who, when, which
     * answers, the rule base and the residual risk. Body (optional): {"note": "…"}.
     */
    @PostMapping("/{id}/signoffs")
    @Requires(Role.Permission.ACCEPT)
    ResponseEntity<SignOffStore.SignOff> signOff(Caller caller, @PathVariable String id,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @RequestBody(required = false) JsonNode body) {
        String note = BodyFields.note(caller, body);
        SignOffStore.SignOff s = assessments.signOff(caller, id, version(ifMatch), note);
        return ResponseEntity.created(URI.create("/api/assessments/" + id + "/signoffs")).body(s);
    }

    @GetMapping("/{id}/signoffs")
    @Requires(Role.Permission.READ)
    List<SignOffStore.SignOff> signOffs(Caller caller, @PathVariable String id) {
        return assessments.signOffs(caller, id);
    }

    /** What changed since the last sign-off (findings new, resolved, changed; acceptances expiring or expired): JSON, or ?format=md. */
    @GetMapping("/{id}/review")
    @Requires(Role.Permission.READ)
    ResponseEntity<String> review(Caller caller, @PathVariable String id, @RequestParam(defaultValue = "json") String format) {
        return assessments.review(caller, id, format);
    }

    /** Leaves a comment on a question: body {"question": "key", "text": "…"}; who and when are recorded. */
    @PostMapping("/{id}/comments")
    @Requires(Role.Permission.ANALYSE)
    ResponseEntity<Contributions.Comment> comment(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        BodyFields.check(caller, body, Set.of("question", "text"));
        JsonNode question = body.get("question");
        JsonNode text = body.get("text");
        if (question == null || !question.isString() || text == null || !text.isString()) {
            throw ApiException.badRequest("'question' (a key such as system-owner or data-store-encrypted[orders]) and 'text' are required");
        }
        Contributions.Comment c = assessments.comment(caller, id, question.asString(), text.asString());
        return ResponseEntity.created(URI.create("/api/assessments/" + id + "/comments")).body(c);
    }

    @GetMapping("/{id}/comments")
    @Requires(Role.Permission.READ)
    List<Contributions.Comment> comments(Caller caller, @PathVariable String id) {
        return assessments.comments(caller, id);
    }

    @DeleteMapping("/{id}")
    @Requires(Role.Permission.ANALYSE)
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        assessments.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names; a write without one is refused, so no one overwrites answers they have not seen. */
    private static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                    "send If-Match with the ETag of the assessment as you last read it (GET /api/assessments/{id})");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "Stale version", "If-Match " + ifMatch
                    + " is not an ETag of this assessment; GET it again");
        }
    }
}
