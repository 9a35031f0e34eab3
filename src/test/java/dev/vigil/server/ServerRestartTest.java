package dev.vigil.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.vigil.server.ServerApiContract.YAML;
import static dev.vigil.server.ServerApiContract.json;
import static dev.vigil.server.ServerApiContract.model;
import static org.assertj.core.api.Assertions.assertThat;

/** A server stopped and started again on its H2 file serves what it stored, and analyses the same way. */
class ServerRestartTest {

    @Test
    void storedAnalysesSurviveARestartWithIdenticalFindings(@TempDir Path dir) {
        String db = "jdbc:h2:file:" + dir.resolve("vigil") + ";AUTO_SERVER=TRUE";
        String token;
        String id;
        String json;
        String list;
        try (TestServer first = new TestServer(db)) {
            token = first.token("restart", Role.ASSESSOR);
            Http.Response r = first.http.post(token, "/api/analyses", YAML, model("shop.yaml"));
            assertThat(r.status()).isEqualTo(201);
            id = r.header("Vigil-Analysis-Id");
            json = r.body();
            list = first.http.get(token, "/api/analyses").body();
        }
        try (TestServer second = new TestServer(db)) {
            assertThat(second.http.get(token, "/api/analyses/" + id).body()).isEqualTo(json);
            assertThat(second.http.get(token, "/api/analyses").body()).isEqualTo(list);
            Http.Response again = second.http.post(token, "/api/analyses", YAML, model("shop.yaml"));
            assertThat(again.body()).isEqualTo(json);
            assertThat(json(second.http.get(token, "/api/analyses")).size()).isEqualTo(2);
        }
    }
}
