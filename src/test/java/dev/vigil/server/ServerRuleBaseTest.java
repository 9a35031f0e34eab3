package dev.vigil.server;

import dev.vigil.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static dev.vigil.server.ServerApiContract.YAML;
import static dev.vigil.server.ServerApiContract.assertProblem;
import static dev.vigil.server.ServerApiContract.json;
import static dev.vigil.server.ServerApiContract.model;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule base's life in a running server: started on rules that do not compile, it is DOWN and
 * refuses analyses with the reason; a fix to the rule folder is picked up without a restart; a
 * later broken edit keeps the working rule base in use and shows its errors.
 */
class ServerRuleBaseTest {

    private static final String BROKEN = "package vigil.broken;\nrule \"no-end\"\nwhen\n  this is not DRL\n";

    @Test
    void downWithoutValidRulesThenReloadedWhenTheFolderChanges(@TempDir Path dir) throws IOException {
        Path rules = copy(TestWorkspace.RULES, dir.resolve("rules"));
        Path broken = rules.resolve("zz-broken/broken.drl");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, BROKEN);
        try (TestServer server = new TestServer("jdbc:h2:mem:rulebase-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", List.of(rules))) {
            Http.Response health = server.http.get(null, "/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(json(health).path("status").asString()).isEqualTo("DOWN");
            String token = server.token("rules", Role.ASSESSOR);
            assertProblem(server.http.post(token, "/api/analyses", YAML, model("minimal.yaml")), 503, "no valid rule base is loaded");
            assertProblem(server.http.get(token, "/api/rules"), 503, "no valid rule base is loaded");
            JsonNode down = json(server.http.get(token, "/api/rules/version"));
            assertThat(down.path("version").isNull()).isTrue();
            assertThat(down.path("lastErrors").toString()).contains("broken.drl");

            Files.delete(broken);
            JsonNode up = await(server, token, v -> !v.path("version").isNull());
            assertThat(up.path("lastErrors").size()).isZero();
            assertThat(server.http.get(null, "/actuator/health").status()).isEqualTo(200);
            assertThat(server.http.post(token, "/api/analyses", YAML, model("minimal.yaml")).status()).isEqualTo(201);

            Files.writeString(broken, BROKEN);
            JsonNode kept = await(server, token, v -> !v.path("lastErrors").isEmpty());
            assertThat(kept.path("version").asString()).isEqualTo(up.path("version").asString());
            assertThat(server.http.get(null, "/actuator/health").status()).isEqualTo(200);
            assertThat(server.http.post(token, "/api/analyses", YAML, model("minimal.yaml")).status()).isEqualTo(201);
        }
    }

    private static JsonNode await(TestServer server, String token, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode v = json(server.http.get(token, "/api/rules/version"));
            if (until.test(v)) {
                return v;
            }
            assertThat(Instant.now()).as("the rule base was not reloaded in time: " + v).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
