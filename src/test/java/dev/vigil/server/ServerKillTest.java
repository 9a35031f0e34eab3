package dev.vigil.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static dev.vigil.server.ServerApiContract.YAML;
import static dev.vigil.server.ServerApiContract.model;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code vigil serve} as a real process, killed with SIGKILL (no shutdown hook, no graceful close)
 * in the middle of an assessment and started again on the same database, H2 file and PostgreSQL:
 * what it stored is served byte for byte, the assessment resumes where it was with identical
 * findings, and the same model analyses to the same report.
 */
class ServerKillTest {

    private static final String JSON = "application/json";

    @Test
    void aKilledServerRestartsOnItsH2FileWithIdenticalFindings(@TempDir Path dir) throws Exception {
        killAndRestart(dir, "jdbc:h2:file:" + dir.resolve("vigil") + ";AUTO_SERVER=TRUE");
    }

    @Test
    void aKilledServerRestartsOnPostgresqlWithIdenticalFindings(@TempDir Path dir) throws Exception {
        String schema = "vigil_kill_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(PostgresServerApiTest.SERVER);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            if ("1".equals(System.getenv("VIGIL_REQUIRE_POSTGRES"))) {
                throw e;
            }
            org.junit.jupiter.api.Assumptions.abort("no PostgreSQL on 127.0.0.1:5432 (" + e.getMessage() + ")");
        }
        try {
            killAndRestart(dir, PostgresServerApiTest.SERVER + "&currentSchema=" + schema);
        } finally {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(PostgresServerApiTest.SERVER);
                 java.sql.Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void killAndRestart(Path dir, String db) throws Exception {
        String token = ServerAdmin.open(db, null, null).createToken("kill", Role.ASSESSOR, "kill test");
        String id;
        String report;
        String assessment;
        String findings;
        int port = freePort();
        Process first = serve(dir, db, port, "first.log");
        try {
            Http http = awaitUp(port, first, dir.resolve("first.log"));
            Http.Response r = http.post(token, "/api/analyses", YAML, model("shop.yaml"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            id = r.header("Vigil-Analysis-Id");
            report = r.body();
            Http.Response created = http.post(token, "/api/assessments", JSON, "{\"name\": \"Bookshop\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assessment = created.header("Location");
            answer(http, token, assessment, "system-name", 1, "[\"Bookshop\"]");
            answer(http, token, assessment, "system-owner", 2, "[\"Web team\"]");
            findings = http.get(token, assessment + "/findings").body();
        } finally {
            first.destroyForcibly().waitFor(); // SIGKILL, mid-assessment
        }
        port = freePort();
        Process second = serve(dir, db, port, "second.log");
        try {
            Http http = awaitUp(port, second, dir.resolve("second.log"));
            Http.Response stored = http.get(token, "/api/analyses/" + id);
            assertThat(stored.status()).as(stored.body() + "\n" + Files.readString(dir.resolve("second.log"))).isEqualTo(200);
            assertThat(stored.body()).isEqualTo(report);
            assertThat(http.post(token, "/api/analyses", YAML, model("shop.yaml")).body()).isEqualTo(report);
            Http.Response resumed = http.get(token, assessment);
            assertThat(resumed.header("ETag")).as("the assessment resumes at the version it had").isEqualTo("\"3\"");
            assertThat(http.get(token, assessment + "/findings").body()).as("identical findings").isEqualTo(findings);
            answer(http, token, assessment, "criticality", 3, "[\"high\"]");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static void answer(Http http, String token, String assessment, String key, int version, String values) {
        Http.Response r = http.put(token, assessment + "/answers/" + key, JSON, "{\"values\": " + values + "}", "If-Match", "\"" + version + "\"");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static Process serve(Path dir, String db, int port, String log) throws IOException {
        // the class path goes in an argument file: it is longer than some systems take on a command line
        Path args = Files.writeString(dir.resolve("classpath.args"), "-cp \"" + System.getProperty("java.class.path") + "\"");
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "@" + args, "dev.vigil.cli.Main", "serve", "--port", String.valueOf(port), "--db", db, "--rules", "rules",
                "--knowledge", "knowledge-base")
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static Http awaitUp(int port, Process process, Path log) throws Exception {
        Http http = new Http(port);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.get(null, "/actuator/health").status() == 200) {
                    return http;
                }
            } catch (RuntimeException notYet) {
                // connection refused while the server starts
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not come up on port " + port + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
