package dev.vigil.server;

import dev.vigil.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as a client sees it, over real HTTP. Run once on H2 ({@link H2ServerApiTest}) and once on
 * PostgreSQL ({@link PostgresServerApiTest}); each test makes its own teams, so the order of tests
 * and the shared server do not matter.
 */
abstract class ServerApiContract {

    static final String YAML = "application/yaml";
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";

    abstract TestServer server();

    Http http() {
        return server().http;
    }

    static String team() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String model(String name) {
        try {
            return Files.readString(Path.of("examples", name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(Http.Response r) {
        return JsonReport.mapper().readTree(r.body());
    }

    String analyse(String token, String model) {
        Http.Response r = http().post(token, "/api/analyses", YAML, model);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.header("Vigil-Analysis-Id");
    }

    String accept(String token, String finding) {
        Http.Response r = http().post(token, "/api/acceptances", JSON, """
                {"finding": "%s", "justification": "compensating control", "expires": "%s"}""".formatted(finding, LocalDate.now().plusDays(60)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asString();
    }

    @Test
    void aPostedModelComesBackAsAReportAndIsStoredInEveryFormat() {
        String token = server().token(team(), Role.ASSESSOR);
        Http.Response created = http().post(token, "/api/analyses", YAML, model("minimal.yaml"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.header("Vigil-Analysis-Id");
        assertThat(created.header("Location")).isEqualTo("/api/analyses/" + id);
        assertThat(created.contentType()).startsWith(JSON);
        JsonNode report = json(created);
        assertThat(report.path("system").path("id").asString()).isEqualTo("guestbook");
        assertThat(report.path("findings").size()).isPositive();

        assertThat(http().get(token, "/api/analyses/" + id).body()).isEqualTo(created.body());
        assertThat(http().get(token, "/api/analyses/" + id + "?format=md").body()).startsWith("# Threat model: Guestbook");
        Http.Response html = http().get(token, "/api/analyses/" + id, "Accept", "text/html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<html");
        Http.Response sarif = http().get(token, "/api/analyses/" + id, "Accept", "application/sarif+json");
        assertThat(sarif.contentType()).startsWith("application/sarif+json");
        assertThat(json(sarif).path("version").asString()).isEqualTo("2.1.0");
        Http.Response md = http().get(token, "/api/analyses/" + id, "Accept", "text/markdown;q=0.9, text/html;q=0.1");
        assertThat(md.contentType()).startsWith("text/markdown");

        JsonNode list = json(http().get(token, "/api/analyses"));
        assertThat(list.size()).isEqualTo(1);
        JsonNode row = list.get(0);
        assertThat(row.path("id").asString()).isEqualTo(id);
        assertThat(row.path("system").asString()).isEqualTo("guestbook");
        assertThat(row.path("findings").asInt()).isEqualTo(report.path("findings").size());
        assertThat(row.path("ruleBase").asString()).isEqualTo(report.path("vigil").path("ruleBase").asString());
        assertThat(row.path("createdBy").asString()).endsWith("assessor");
    }

    @Test
    void theListIsNewestFirstAndCanBeNarrowedToOneSystem() {
        String token = server().token(team(), Role.ASSESSOR);
        String first = analyse(token, model("minimal.yaml"));
        String second = analyse(token, model("shop.yaml"));
        String third = analyse(token, model("minimal.yaml"));
        List<String> ids = new ArrayList<>();
        json(http().get(token, "/api/analyses")).forEach(a -> ids.add(a.path("id").asString()));
        assertThat(ids).containsExactly(third, second, first);
        ids.clear();
        json(http().get(token, "/api/analyses?system=guestbook")).forEach(a -> ids.add(a.path("id").asString()));
        assertThat(ids).containsExactly(third, first);
        assertThat(json(http().get(token, "/api/analyses?limit=1")).size()).isEqualTo(1);
        assertProblem(http().get(token, "/api/analyses?limit=0"), 400, "limit must be between 1 and 500");
    }

    @Test
    void unknownFormatsAreRefusedWithWhatIsAllowed() {
        String token = server().token(team(), Role.ASSESSOR);
        String id = analyse(token, model("minimal.yaml"));
        assertProblem(http().get(token, "/api/analyses/" + id + "?format=pdf"), 400, "json, md, html or sarif");
        assertProblem(http().get(token, "/api/analyses/" + id, "Accept", "image/png"), 406, "no report format matches");
        assertProblem(http().get(token, "/api/analyses/" + id + "/diff/" + id + "?format=html"), 400, "allowed: json, md");
    }

    @Test
    void anInvalidModelIsAProblemWithLineAndColumnAndNothingIsStored() {
        String token = server().token(team(), Role.ASSESSOR);
        Http.Response r = http().post(token, "/api/analyses", YAML, """
                system:
                  id: broken
                  name: Broken
                  colour: blue
                components:
                  - {id: app, name: App, type: no-such-type, zone: nowhere}
                """);
        assertProblem(r, 422, "the model has");
        JsonNode problems = json(r).path("problems");
        assertThat(problems.size()).isGreaterThanOrEqualTo(2);
        problems.forEach(p -> {
            assertThat(p.path("line").asInt()).isPositive();
            assertThat(p.path("column").asInt()).isPositive();
            assertThat(p.path("message").asString()).isNotBlank();
        });
        assertThat(problems.toString()).contains("colour").contains("no-such-type");
        assertThat(json(http().get(token, "/api/analyses")).size()).isZero();

        assertProblem(http().post(token, "/api/analyses", JSON, "{\"system\": "), 422, "the model has");
        assertProblem(http().post(token, "/api/analyses", "application/x-www-form-urlencoded", "system=x"), 415, "");
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() {
        String token = server().token(team(), Role.ASSESSOR);
        String big = "# " + "x".repeat(TestServer.MAX_BODY) + "\n" + model("minimal.yaml");
        assertProblem(http().post(token, "/api/analyses", YAML, big), 413, "over the limit of " + TestServer.MAX_BODY + " bytes");
        assertProblem(http().postChunked(token, "/api/analyses", YAML, big.getBytes()), 413, "over the limit");
        String acceptor = server().token(team(), Role.ACCEPTOR);
        String bigJson = "{\"finding\": \"x@y\", \"justification\": \"" + "j".repeat(TestServer.MAX_BODY) + "\"}";
        assertProblem(http().postChunked(acceptor, "/api/acceptances", JSON, bigJson.getBytes()), 413, "over the limit");
        // and the server goes on serving
        assertThat(http().post(token, "/api/analyses", YAML, model("minimal.yaml")).status()).isEqualTo(201);
    }

    @Test
    void twoAnalysesAreDiffedByFinding() {
        String token = server().token(team(), Role.ASSESSOR);
        String before = analyse(token, model("minimal.yaml"));
        String after = analyse(token, model("minimal.yaml").replace("path: internet, mfa: false", "path: vpn, mfa: true"));
        JsonNode diff = json(http().get(token, "/api/analyses/" + before + "/diff/" + after));
        assertThat(diff.path("unchanged").asBoolean()).isFalse();
        assertThat(diff.path("resolved").size()).isPositive();
        diff.path("resolved").forEach(f -> assertThat(f.path("id").asString()).contains("@"));
        assertThat(json(http().get(token, "/api/analyses/" + before + "/diff/" + before)).path("unchanged").asBoolean()).isTrue();
        Http.Response md = http().get(token, "/api/analyses/" + before + "/diff/" + after + "?format=md");
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.body()).contains("Guestbook");
    }

    @Test
    void anAcceptanceAppliesToTheNextAnalysisUntilItIsRevoked() {
        String team = team();
        String assessor = server().token(team, Role.ASSESSOR);
        String acceptor = server().token(team, Role.ACCEPTOR);
        JsonNode first = json(http().get(assessor, "/api/analyses/" + analyse(assessor, model("minimal.yaml"))));
        String finding = first.path("findings").get(0).path("id").asString();
        String acceptance = accept(acceptor, finding);

        String acceptedId = analyse(assessor, model("minimal.yaml"));
        JsonNode accepted = json(http().get(assessor, "/api/analyses/" + acceptedId));
        assertThat(findingById(accepted, finding).has("accepted")).isTrue();
        assertThat(accepted.path("summary").path("accepted").asInt()).isEqualTo(1);

        JsonNode listed = json(http().get(assessor, "/api/acceptances"));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("status").asString()).isEqualTo("active");
        assertThat(listed.get(0).path("acceptedBy").asString()).isEqualTo(team + "-acceptor");

        assertThat(http().delete(acceptor, "/api/acceptances/" + acceptance).status()).isEqualTo(204);
        assertThat(http().delete(acceptor, "/api/acceptances/" + acceptance).status()).isEqualTo(204);
        JsonNode revoked = json(http().get(assessor, "/api/acceptances/" + acceptance));
        assertThat(revoked.path("status").asString()).isEqualTo("revoked");
        assertThat(revoked.path("revokedBy").asString()).isEqualTo(team + "-acceptor");
        JsonNode again = json(http().get(assessor, "/api/analyses/" + analyse(assessor, model("minimal.yaml"))));
        assertThat(findingById(again, finding).has("accepted")).isFalse();
        // a stored analysis keeps what held when it ran
        assertThat(findingById(json(http().get(assessor, "/api/analyses/" + acceptedId)), finding).has("accepted")).isTrue();
    }

    @Test
    void onlyAnAcceptorAcceptsOrRevokesARisk() {
        String team = team();
        String acceptance = accept(server().token(team, Role.ACCEPTOR), "web-xss@*");
        String assessment = assessment(server().token(team, Role.ASSESSOR));
        String analysis = analyse(server().token(team, Role.ASSESSOR), model("minimal.yaml"));
        for (Role role : List.of(Role.VIEWER, Role.ASSESSOR, Role.ADMIN)) {
            String token = server().token(team, role);
            assertProblem(http().post(token, "/api/acceptances", JSON,
                    "{\"finding\": \"x@y\", \"justification\": \"j\", \"expires\": \"" + LocalDate.now().plusDays(5) + "\"}"),
                    403, "roles that may: acceptor");
            assertProblem(http().delete(token, "/api/acceptances/" + acceptance), 403, "may not accept");
            assertProblem(http().post(token, "/api/assessments/" + assessment + "/signoffs", JSON, "{}", "If-Match", "\"4\""), 403,
                    "roles that may: acceptor");
            assertProblem(http().post(token, "/api/analyses/" + analysis + "/signoffs", JSON, "{}"), 403, "roles that may: acceptor");
        }
    }

    @Test
    void aViewerReadsButCannotWrite() {
        String team = team();
        String assessor = server().token(team, Role.ASSESSOR);
        String id = analyse(assessor, model("minimal.yaml"));
        String acceptance = accept(server().token(team, Role.ACCEPTOR), "web-xss@*");
        String viewer = server().token(team, Role.VIEWER);
        assertProblem(http().post(viewer, "/api/analyses", YAML, model("minimal.yaml")), 403, "the role viewer may not analyse");
        assertProblem(http().post(viewer, "/api/acceptances", JSON, "{}"), 403, "the role viewer may not accept");
        assertProblem(http().delete(viewer, "/api/acceptances/" + acceptance), 403, "may not accept");
        String assessment = assessment(assessor);
        assertProblem(http().post(viewer, "/api/assessments", JSON, "{\"name\": \"x\"}"), 403, "may not analyse");
        assertProblem(http().put(viewer, "/api/assessments/" + assessment + "/answers/hosting", JSON, "{\"values\": [\"cloud\"]}",
                "If-Match", "\"4\""), 403, "may not analyse");
        assertProblem(http().delete(viewer, "/api/assessments/" + assessment + "/answers/criticality", "If-Match", "\"4\""), 403, "may not analyse");
        assertProblem(http().delete(viewer, "/api/assessments/" + assessment), 403, "may not analyse");
        assertProblem(http().post(viewer, "/api/assessments/" + assessment + "/comments", JSON, "{\"question\": \"hosting\", \"text\": \"t\"}"),
                403, "may not analyse");
        for (String path : List.of("/api/assessments", "/api/assessments/" + assessment, "/api/assessments/" + assessment + "/findings",
                "/api/assessments/" + assessment + "/comments",
                "/api/assessments/" + assessment + "/signoffs", "/api/assessments/" + assessment + "/model","/api/analyses", "/api/analyses/" + id, "/api/analyses/" + id + "/diff/" + id,
                "/api/analyses/" + id + "/signoffs", "/api/acceptances",
                "/api/acceptances/" + acceptance, "/api/rules", "/api/rules/version")) {
            assertThat(http().get(viewer, path).status()).as(path).isEqualTo(200);
        }
    }

    /** Every endpoint, called by a member of another team: never another team's data, 404 for its objects. */
    @Test
    void anotherTeamSeesNoneOfItAndGets404ForEveryObject() {
        String team = team();
        String owner = server().token(team, Role.ACCEPTOR);
        String id = analyse(owner, model("minimal.yaml"));
        String acceptance = accept(owner, "no-such-rule@*");
        String outsider = server().token(team(), Role.ACCEPTOR);
        String ownId = analyse(outsider, model("minimal.yaml"));

        for (String path : List.of("/api/analyses/" + id, "/api/analyses/" + id + "?format=md", "/api/analyses/" + id + "?format=html",
                "/api/analyses/" + id + "?format=sarif", "/api/analyses/" + id + "/diff/" + id, "/api/analyses/" + id + "/diff/" + ownId,
                "/api/analyses/" + ownId + "/diff/" + id, "/api/acceptances/" + acceptance, "/api/analyses/" + id + "/signoffs",
                "/api/analyses/" + id + "/review")) {
            assertProblem(http().get(outsider, path), 404, "exists for your team");
        }
        assertProblem(http().post(outsider, "/api/analyses/" + id + "/signoffs", JSON, "{}"), 404, "exists for your team");
        assertProblem(http().delete(outsider, "/api/acceptances/" + acceptance), 404, "exists for your team");
        String assessment = assessment(owner);
        for (String path : List.of("/api/assessments/" + assessment, "/api/assessments/" + assessment + "/findings",
                "/api/assessments/" + assessment + "/signoffs", "/api/assessments/" + assessment + "/review",
                "/api/assessments/" + assessment + "/model", "/api/assessments/" + assessment + "/comments")) {
            assertProblem(http().get(outsider, path), 404, "exists for your team");
        }
        assertProblem(http().post(outsider, "/api/assessments/" + assessment + "/comments", JSON,
                "{\"question\": \"hosting\", \"text\": \"t\"}"), 404, "exists for your team");
        assertProblem(http().put(outsider, "/api/assessments/" + assessment + "/answers/hosting", JSON, "{\"values\": [\"cloud\"]}",
                "If-Match", "\"4\""), 404, "exists for your team");
        assertProblem(http().delete(outsider, "/api/assessments/" + assessment + "/answers/criticality", "If-Match", "\"4\""), 404,
                "exists for your team");
        assertProblem(http().post(outsider, "/api/assessments/" + assessment + "/signoffs", JSON, "{}", "If-Match", "\"4\""), 404,
                "exists for your team");
        assertProblem(http().delete(outsider, "/api/assessments/" + assessment), 404, "exists for your team");
        assertThat(http().get(owner, "/api/assessments/" + assessment).header("ETag")).isEqualTo("\"4\"");
        assertThat(json(http().get(outsider, "/api/assessments")).size()).isZero();
        assertThat(json(http().get(owner, "/api/acceptances/" + acceptance)).path("status").asString()).isEqualTo("active");
        assertThat(http().get(outsider, "/api/analyses").body()).doesNotContain(id);
        assertThat(http().get(outsider, "/api/analyses?system=guestbook").body()).doesNotContain(id);
        assertThat(json(http().get(outsider, "/api/acceptances")).size()).isZero();
        // the outsider's acceptance does not touch the owner's analyses
        accept(outsider, "*");
        JsonNode owners = json(http().get(owner, "/api/analyses/" + analyse(owner, model("minimal.yaml"))));
        assertThat(owners.path("summary").path("accepted").asInt()).isZero();
    }

    @Test
    void withoutAValidTokenEveryEndpointIs401() {
        for (String path : List.of("/api/analyses", "/api/analyses/x", "/api/analyses/x/diff/y", "/api/acceptances", "/api/acceptances/x",
                "/api/rules", "/api/rules/version", "/api/assessments", "/api/assessments/x", "/api/assessments/x/findings",
                "/api/assessments/x/signoffs", "/api/assessments/x/review", "/api/assessments/x/model", "/api/assessments/x/comments",
                "/api/analyses/x/signoffs", "/api/analyses/x/review")) {
            assertProblem(http().get(null, path), 401, "send an API token");
            assertProblem(http().get("vgl_not-a-token", path), 401, "not known");
        }
        Http.Response r = http().post(null, "/api/analyses", YAML, model("minimal.yaml"));
        assertProblem(r, 401, "Bearer");
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertProblem(http().delete(null, "/api/acceptances/x"), 401, "send an API token");
    }

    @Test
    void serverSetFieldsInAnAcceptanceAreIgnoredAndUnknownOnesRefused() {
        String team = team();
        String acceptor = server().token(team, Role.ACCEPTOR);
        Http.Response r = http().post(acceptor, "/api/acceptances", JSON, """
                {"finding": "web-xss@app", "justification": "WAF rule 12", "expires": "%s",
                 "id": "mine", "team": "other-team", "acceptedBy": "the CEO", "createdAt": "2000-01-01T00:00:00Z"}"""
                .formatted(LocalDate.now().plusDays(30)));
        assertThat(r.status()).isEqualTo(201);
        JsonNode a = json(r);
        assertThat(a.path("id").asString()).isNotEqualTo("mine");
        assertThat(a.path("acceptedBy").asString()).isEqualTo(team + "-acceptor");
        assertThat(a.path("createdAt").asString()).doesNotStartWith("2000");
        assertThat(json(http().get(acceptor, "/api/acceptances")).size()).isEqualTo(1);

        assertProblem(http().post(acceptor, "/api/acceptances", JSON, "{\"finding\": \"x@y\", \"justifcation\": \"typo\"}"),
                400, "unknown field 'justifcation'");
        assertProblem(http().post(acceptor, "/api/acceptances", JSON, "{\"finding\": \"x@y\", \"justification\": \"j\", \"expires\": \"soon\"}"),
                400, "write YYYY-MM-DD");
        assertProblem(http().post(acceptor, "/api/acceptances", JSON, "{\"finding\": \"x@y\", \"justification\": \"j\", \"expires\": \"2001-01-01\"}"),
                400, "expires must be between today");
        assertProblem(http().post(acceptor, "/api/acceptances", JSON, "{\"finding\": \"x y\", \"justification\": \"j\", \"expires\": \"2001-01-01\"}"),
                400, "is not a finding id or pattern");
        assertProblem(http().post(acceptor, "/api/acceptances", JSON, "{\"finding\": \"x@y\"}"), 400, "'justification' is required");
        assertProblem(http().post(acceptor, "/api/acceptances", JSON, "[1, 2]"), 400, "must be a JSON object");
        assertProblem(http().post(acceptor, "/api/acceptances", JSON, "{\"finding\": "), 400, "not valid JSON");
    }

    /** Creates an assessment and answers the opening questions; returns its id (the version is then 4). */
    String assessment(String token) {
        Http.Response created = http().post(token, "/api/assessments", JSON, "{\"name\": \"Bookshop\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asString();
        answer(token, id, "system-name", 1, "[\"Bookshop\"]");
        answer(token, id, "system-owner", 2, "[\"Web team\"]");
        answer(token, id, "criticality", 3, "[\"high\"]");
        return id;
    }

    JsonNode answer(String token, String id, String key, int version, String values) {
        Http.Response r = http().put(token, "/api/assessments/" + id + "/answers/" + key, JSON, "{\"values\": " + values + "}",
                "If-Match", "\"" + version + "\"");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        return json(r);
    }

    @Test
    void anAssessmentAsksAnswersRevisesAndAnalysesWithVersionedWrites() {
        String token = server().token(team(), Role.ASSESSOR);
        Http.Response created = http().post(token, "/api/assessments", JSON, "{\"name\": \"Bookshop\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode fresh = json(created);
        String id = fresh.path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/assessments/" + id);
        assertThat(fresh.path("next").path("key").asString()).isEqualTo("system-name");
        assertThat(fresh.path("next").path("text").asString()).isNotBlank();
        assertThat(fresh.path("progress").path("answered").asInt()).isZero();

        JsonNode after = answer(token, id, "system-name", 1, "[\"Bookshop\"]");
        assertThat(after.path("version").asInt()).isEqualTo(2);
        assertThat(after.path("answers").toString()).contains("system-name", "Bookshop");
        assertThat(after.path("next").path("key").asString()).isNotEqualTo("system-name");
        String path = "/api/assessments/" + id + "/answers/system-owner";
        assertProblem(http().put(token, path, JSON, "{\"values\": [\"Web team\"]}", "If-Match", "\"1\""), 412, "is at version 2");
        assertProblem(http().put(token, path, JSON, "{\"values\": [\"Web team\"]}"), 428, "send If-Match");
        assertProblem(http().put(token, "/api/assessments/" + id + "/answers/no-such-question", JSON, "{\"values\": [\"x\"]}",
                "If-Match", "\"2\""), 400, "there is no question 'no-such-question'");
        assertProblem(http().put(token, path, JSON, "{\"value\": \"Web team\"}", "If-Match", "\"2\""), 400, "unknown field 'value'; allowed: values");
        answer(token, id, "system-owner", 2, "[\"Web team\"]");
        assertProblem(http().put(token, "/api/assessments/" + id + "/answers/criticality", JSON, "{\"values\": [\"enormous\"]}",
                "If-Match", "\"3\""), 400, "enormous");

        Http.Response cleared = http().delete(token, path, "If-Match", "\"3\"");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(json(cleared).path("answers").toString()).doesNotContain("system-owner");
        assertThat(json(cleared).path("version").asInt()).isEqualTo(4);

        answer(token, id, "applications", 4, "[\"Shop web\"]");
        JsonNode item = answer(token, id, "application-kind%5Bshop-web%5D", 5, "[\"web-application\"]");
        assertThat(item.path("answers").toString()).contains("application-kind[shop-web]");

        Http.Response findings = http().get(token, "/api/assessments/" + id + "/findings");
        assertThat(findings.status()).as(findings.body()).isEqualTo(200);
        assertThat(json(findings).has("findings")).isTrue();
        assertThat(http().get(token, "/api/assessments/" + id + "/findings?format=md").body()).startsWith("# Threat model");

        Http.Response exported = http().get(token, "/api/assessments/" + id + "/model");
        assertThat(exported.contentType()).startsWith("application/yaml");
        assertThat(exported.body()).contains("Bookshop", "shop-web");
        assertThat(http().post(token, "/api/analyses", YAML, exported.body()).status()).isEqualTo(201);

        Http.Response read = http().get(token, "/api/assessments/" + id);
        assertThat(read.header("ETag")).isEqualTo("\"6\"");
        assertThat(json(read).path("answers").toString()).contains("Bookshop");
        assertThat(json(http().get(token, "/api/assessments")).get(0).path("id").asString()).isEqualTo(id);
        assertThat(http().delete(token, "/api/assessments/" + id).status()).isEqualTo(204);
        assertProblem(http().get(token, "/api/assessments/" + id), 404, "exists for your team");
        Http.Response sneaky = http().post(token, "/api/assessments", JSON, "{\"name\": \"x\", \"team\": \"other\", \"version\": 9}");
        assertThat(sneaky.status()).isEqualTo(201);
        assertThat(json(sneaky).path("version").asInt()).isEqualTo(1);
        assertProblem(http().post(token, "/api/assessments", JSON, "{\"name\": \"x\", \"colour\": \"red\"}"), 400, "unknown field 'colour'");
        assertProblem(http().post(token, "/api/assessments", JSON, "{\"name\": \"  \"}"), 400, "'name' is required");
    }

    @Test
    void aDecisionMakerSignsOffAndAReviewShowsWhatChangedSince() {
        String team = team();
        String assessor = server().token(team, Role.ASSESSOR);
        String acceptor = server().token(team, Role.ACCEPTOR);
        String id = assessment(assessor);
        String signoffs = "/api/assessments/" + id + "/signoffs";
        assertProblem(http().get(assessor, "/api/assessments/" + id + "/review"), 409, "no sign-off to review against yet");
        assertProblem(http().post(acceptor, signoffs, JSON, "{}"), 428, "send If-Match");
        assertProblem(http().post(acceptor, signoffs, JSON, "{}", "If-Match", "\"3\""), 412, "is at version 4");
        assertProblem(http().post(acceptor, signoffs, JSON, "{\"note\": 5}", "If-Match", "\"4\""), 400, "'note' must be a string");

        Http.Response signed = http().post(acceptor, signoffs, JSON, "{\"note\": \"residual risk accepted for Q3\", \"signedBy\": \"x\"}",
                "If-Match", "\"4\"");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        JsonNode s = json(signed);
        assertThat(s.path("signedBy").asString()).isEqualTo(team + "-acceptor");
        assertThat(s.path("assessmentVersion").asInt()).isEqualTo(4);
        assertThat(s.path("ruleBase").asString()).startsWith("sha256:");
        assertThat(s.path("note").asString()).isEqualTo("residual risk accepted for Q3");
        assertThat(s.path("signedAt").asString()).isNotBlank();
        assertThat(s.has("residualRisk")).isTrue();
        assertThat(json(http().get(assessor, signoffs)).size()).isEqualTo(1);
        assertThat(json(http().get(assessor, "/api/assessments/" + id + "/review")).path("unchanged").asBoolean()).isTrue();

        answer(assessor, id, "applications", 4, "[\"Shop web\"]");
        answer(assessor, id, "application-kind%5Bshop-web%5D", 5, "[\"web-application\"]");
        answer(assessor, id, "application-exposure%5Bshop-web%5D", 6, "[\"internet\"]");
        answer(assessor, id, "application-authentication%5Bshop-web%5D", 7, "[\"password\"]");
        answer(assessor, id, "application-custom-code%5Bshop-web%5D", 8, "[\"yes\"]");
        JsonNode review = json(http().get(assessor, "/api/assessments/" + id + "/review"));
        assertThat(review.path("unchanged").asBoolean()).isFalse();
        assertThat(review.path("from").asString()).isEqualTo("signoff:" + s.path("id").asString());
        assertThat(review.path("added").size() + review.path("changed").size()).isPositive();
        Http.Response md = http().get(assessor, "/api/assessments/" + id + "/review?format=md");
        assertThat(md.contentType()).startsWith("text/markdown");
    }

    @Test
    void aTeamPastItsDailyQuotaGets429AndOthersGoOn() {
        String team = team();
        String token = server().token(team, Role.ASSESSOR);
        AnalysisStore store = server().context.getBean(AnalysisStore.class);
        Caller caller = new Caller(team, Role.ASSESSOR, "earlier today");
        for (int i = 0; i < TestServer.DAILY_QUOTA; i++) {
            store.insert(caller, new AnalysisStore.NewAnalysis("busy", "Busy", "sha256:x", "0", "{}", 0,
                    new AnalysisStore.Counts(0, 0, 0, 0), 0, 0, "{}", "", "", "{}"), OffsetDateTime.now(ZoneOffset.UTC));
        }
        Http.Response refused = http().post(token, "/api/analyses", YAML, model("minimal.yaml"));
        assertProblem(refused, 429, "its " + TestServer.DAILY_QUOTA + " analyses for today");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(http().post(server().token(team(), Role.ASSESSOR), "/api/analyses", YAML, model("minimal.yaml")).status()).isEqualTo(201);
    }

    @Test
    void answersRecordWhoAndWhenCommentsAreKeptAndTheReportNamesEveryContributor() {
        String team = team();
        String developer = server().token(team, Role.ASSESSOR);
        String security = server().token(team, Role.ACCEPTOR);
        String id = assessment(developer);
        answer(security, id, "system-owner", 4, "[\"Security team\"]");
        JsonNode view = json(http().get(developer, "/api/assessments/" + id));
        java.util.Map<String, JsonNode> answers = new java.util.HashMap<>();
        view.path("answers").forEach(a -> answers.put(a.path("key").asString(), a));
        assertThat(answers.get("system-name").path("givenBy").asString()).isEqualTo(team + "-assessor");
        assertThat(answers.get("system-owner").path("givenBy").asString()).isEqualTo(team + "-acceptor");
        assertThat(answers.get("system-owner").path("givenAt").asString()).isNotBlank();

        String comments = "/api/assessments/" + id + "/comments";
        Http.Response posted = http().post(developer, comments, JSON, "{\"question\": \"criticality\", \"text\": \"Ask the product owner\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(json(posted).path("by").asString()).isEqualTo(team + "-assessor");
        assertProblem(http().post(developer, comments, JSON, "{\"question\": \"no-such-question\", \"text\": \"x\"}"), 400,
                "there is no question 'no-such-question'");
        assertProblem(http().post(developer, comments, JSON, "{\"question\": \"criticality\", \"text\": \" \"}"), 400,
                "a comment needs a text");
        JsonNode listed = json(http().get(server().token(team, Role.VIEWER), comments));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("text").asString()).isEqualTo("Ask the product owner");

        JsonNode report = json(http().get(developer, "/api/assessments/" + id + "/findings"));
        assertThat(report.path("assessment").path("contributors").toString())
                .isEqualTo("[\"" + team + "-assessor\",\"" + team + "-acceptor\"]");
        assertThat(http().get(developer, "/api/assessments/" + id + "/findings?format=md").body())
                .contains("answered by: " + team + "-assessor; " + team + "-acceptor;");
        assertThat(http().get(developer, "/api/assessments/" + id + "/findings?format=html").body())
                .contains("answered by: " + team + "-assessor; " + team + "-acceptor;");
        assertThat(view.path("contributors").size()).isEqualTo(2);
    }

    @Test
    void anAnalysisIsSignedOffAndTheNextOneOfItsSystemIsReviewedAgainstIt() {
        String team = team();
        String acceptor = server().token(team, Role.ACCEPTOR);
        String assessor = server().token(team, Role.ASSESSOR);
        String first = analyse(assessor, model("minimal.yaml"));
        assertProblem(http().get(assessor, "/api/analyses/" + first + "/review"), 409, "is signed off yet");
        assertProblem(http().post(assessor, "/api/analyses/" + first + "/signoffs", JSON, "{}"), 403, "roles that may: acceptor");
        Http.Response signed = http().post(acceptor, "/api/analyses/" + first + "/signoffs", JSON, "{\"note\": \"go live\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        JsonNode s = json(signed);
        assertThat(s.path("signedBy").asString()).isEqualTo(team + "-acceptor");
        assertThat(s.path("system").asString()).isEqualTo("guestbook");
        assertThat(s.path("ruleBase").asString()).startsWith("sha256:");
        assertThat(s.path("residualRisk").isInt()).isTrue();
        assertThat(json(http().get(assessor, "/api/analyses/" + first + "/signoffs")).size()).isEqualTo(1);

        String changed = model("minimal.yaml").replace("exposure: internet", "exposure: partner");
        String second = analyse(assessor, changed);
        JsonNode review = json(http().get(assessor, "/api/analyses/" + second + "/review"));
        assertThat(review.path("from").asString()).isEqualTo("signoff:" + s.path("id").asString());
        assertThat(review.path("unchanged").asBoolean()).isFalse();
        assertThat(review.path("expiredAcceptances").isArray()).isTrue();
        assertThat(http().get(assessor, "/api/analyses/" + second + "/review?format=md").contentType()).startsWith("text/markdown");
        String other = analyse(assessor, model("shop.yaml"));
        assertProblem(http().get(assessor, "/api/analyses/" + other + "/review"), 409, "system 'acme-shop'");
    }

    @Test
    void aTeamAtItsAssessmentQuotaGets429AndOthersGoOn() {
        String team = team();
        String token = server().token(team, Role.ASSESSOR); // makes the team
        AssessmentStore store = server().context.getBean(AssessmentStore.class);
        Caller caller = new Caller(team, Role.ASSESSOR, "earlier");
        for (int i = 0; i < TestServer.ASSESSMENT_QUOTA; i++) {
            store.insert(caller, "kept " + i, "{}", OffsetDateTime.now(ZoneOffset.UTC));
        }
        Http.Response refused = http().post(token, "/api/assessments", JSON, "{\"name\": \"One more\"}");
        assertProblem(refused, 429, "keeps " + TestServer.ASSESSMENT_QUOTA + " assessments, the most allowed");
        assertThat(http().post(server().token(team(), Role.ASSESSOR), "/api/assessments", JSON, "{\"name\": \"Elsewhere\"}").status())
                .isEqualTo(201);
    }

    /** The endpoints the matrices above go through; a new endpoint fails here until it is added to them. */
    @Test
    void theRoleAndTeamMatricesCoverEveryEndpoint() {
        RequestMappingHandlerMapping mapping = server().context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> {
                    endpoints.add(m + " " + p);
                    assertThat(method.getMethodAnnotation(Requires.class)).as(m + " " + p + " declares its permission").isNotNull();
                })));
        assertThat(endpoints).containsExactly("DELETE /api/acceptances/{id}", "DELETE /api/assessments/{id}",
                "DELETE /api/assessments/{id}/answers/{key}", "GET /api/acceptances", "GET /api/acceptances/{id}",
                "GET /api/analyses", "GET /api/analyses/{from}/diff/{to}", "GET /api/analyses/{id}", "GET /api/analyses/{id}/review",
                "GET /api/analyses/{id}/signoffs", "GET /api/assessments",
                "GET /api/assessments/{id}", "GET /api/assessments/{id}/comments", "GET /api/assessments/{id}/findings",
                "GET /api/assessments/{id}/model",
                "GET /api/assessments/{id}/review",
                "GET /api/assessments/{id}/signoffs", "GET /api/rules", "GET /api/rules/version", "POST /api/acceptances",
                "POST /api/analyses", "POST /api/analyses/{id}/signoffs", "POST /api/assessments", "POST /api/assessments/{id}/comments", "POST /api/assessments/{id}/signoffs",
                "PUT /api/assessments/{id}/answers/{key}");
    }

    @Test
    void theRulesInUseAreListedWithTheirVersion() {
        String viewer = server().token(team(), Role.VIEWER);
        JsonNode version = json(http().get(viewer, "/api/rules/version"));
        assertThat(version.path("version").asString()).startsWith("sha256:");
        assertThat(version.path("lastErrors").size()).isZero();
        JsonNode rules = json(http().get(viewer, "/api/rules"));
        assertThat(rules.size()).isEqualTo(version.path("rules").asInt()).isGreaterThan(100);
        assertThat(rules.get(0).has("id")).isTrue();
        assertThat(rules.get(0).path("line").asInt()).isPositive();
        // rules are never taken over the API
        assertThat(http().post(viewer, "/api/rules", "text/plain", "rule \"x\" when then end").status()).isEqualTo(405);
    }

    @Test
    void onlyHealthIsExposedAndTheApiIsDescribed() {
        Http.Response health = http().get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(json(health).path("status").asString()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("sha256");
        for (String path : List.of("/actuator/env", "/actuator/info", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump")) {
            assertThat(http().get(null, path).status()).as(path).isEqualTo(404);
        }
        Http.Response docs = http().get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(json(docs).path("paths").propertyNames()).contains("/api/analyses", "/api/analyses/{id}",
                "/api/analyses/{from}/diff/{to}", "/api/acceptances", "/api/acceptances/{id}", "/api/rules", "/api/rules/version");
        assertThat(http().get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        String viewer = server().token(team(), Role.VIEWER);
        assertProblem(http().get(viewer, "/api/nothing-here"), 404, "");
        assertProblem(http().get(null, "/nothing-here"), 404, "");
        assertProblem(http().delete(viewer, "/api/analyses"), 405, "");
    }

    private static JsonNode findingById(JsonNode report, String id) {
        for (JsonNode f : report.path("findings")) {
            if (f.path("id").asString().equals(id)) {
                return f;
            }
        }
        return null;
    }

    static void assertProblem(Http.Response r, int status, String detailContains) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(r.body()).startsWith(PROBLEM);
        JsonNode p = json(r);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asString()).isNotBlank();
        assertThat(r.body()).contains(detailContains).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
