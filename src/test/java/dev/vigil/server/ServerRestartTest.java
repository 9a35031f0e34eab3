package dev.vigil.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.vigil.server.ServerApiContract.YAML;
import static dev.vigil.server.ServerApiContract.json;
import static dev.vigil.server.ServerApiContract.model;
import static org.assertj.core.api.Assertions.assertThat;

/** A server stopped and started again on its H2 file serves what it stored, analyses the same way and resumes assessments. */
class ServerRestartTest {

    @Test
    void storedAnalysesAndAssessmentsSurviveARestartWithIdenticalFindings(@TempDir Path dir) {
        String db = "jdbc:h2:file:" + dir.resolve("vigil") + ";AUTO_SERVER=TRUE";
        String token;
        String id;
        String json;
        String list;
        String assessment;
        String assessmentView;
        String assessmentFindings;
        try (TestServer first = new TestServer(db)) {
            token = first.token("restart", Role.ASSESSOR);
            Http.Response r = first.http.post(token, "/api/analyses", YAML, model("shop.yaml"));
            assertThat(r.status()).isEqualTo(201);
            id = r.header("Vigil-Analysis-Id");
            json = r.body();
            list = first.http.get(token, "/api/analyses").body();
            assessment = json(first.http.post(token, "/api/assessments", "application/json", "{\"name\": \"Bookshop\"}")).path("id").asString();
            assertThat(first.http.put(token, "/api/assessments/" + assessment + "/answers/system-name", "application/json",
                    "{\"values\": [\"Bookshop\"]}", "If-Match", "\"1\"").status()).isEqualTo(200);
            assessmentView = first.http.get(token, "/api/assessments/" + assessment).body();
            assessmentFindings = first.http.get(token, "/api/assessments/" + assessment + "/findings").body();
        }
        try (TestServer second = new TestServer(db)) {
            assertThat(second.http.get(token, "/api/analyses/" + id).body()).isEqualTo(json);
            assertThat(second.http.get(token, "/api/analyses").body()).isEqualTo(list);
            Http.Response again = second.http.post(token, "/api/analyses", YAML, model("shop.yaml"));
            assertThat(again.body()).isEqualTo(json);
            assertThat(json(second.http.get(token, "/api/analyses")).size()).isEqualTo(2);
            // the assessment resumes where it was: same answers, same next question, same findings
            assertThat(second.http.get(token, "/api/assessments/" + assessment).body()).isEqualTo(assessmentView);
            assertThat(second.http.get(token, "/api/assessments/" + assessment + "/findings").body()).isEqualTo(assessmentFindings);
        }
    }
}
