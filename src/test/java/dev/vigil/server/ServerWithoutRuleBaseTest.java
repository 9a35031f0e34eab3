package dev.vigil.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static dev.vigil.server.ServerApiContract.YAML;
import static dev.vigil.server.ServerApiContract.assertProblem;
import static dev.vigil.server.ServerApiContract.json;
import static dev.vigil.server.ServerApiContract.model;
import static org.assertj.core.api.Assertions.assertThat;

/** With rules that do not compile the server still starts, says DOWN, refuses analyses and shows why. */
class ServerWithoutRuleBaseTest {

    @Test
    void healthIsDownAndAnalysesAreRefusedWithTheReason(@TempDir Path rules) throws IOException {
        Files.createDirectories(rules.resolve("broken"));
        Files.writeString(rules.resolve("broken/broken.drl"), "package vigil.broken;\nrule \"no-end\"\nwhen\n  this is not DRL\n");
        try (TestServer server = new TestServer("jdbc:h2:mem:norules-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", List.of(rules))) {
            Http.Response health = server.http.get(null, "/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(json(health).path("status").asString()).isEqualTo("DOWN");

            String token = server.token("lonely", Role.ASSESSOR);
            assertProblem(server.http.post(token, "/api/analyses", YAML, model("minimal.yaml")), 503, "no valid rule base is loaded");
            assertProblem(server.http.get(token, "/api/rules"), 503, "no valid rule base is loaded");
            var version = json(server.http.get(token, "/api/rules/version"));
            assertThat(version.path("version").isNull()).isTrue();
            assertThat(version.path("lastErrors").size()).isPositive();
        }
    }
}
