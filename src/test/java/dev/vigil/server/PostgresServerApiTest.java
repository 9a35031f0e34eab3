package dev.vigil.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The same API on PostgreSQL (127.0.0.1:5432, database test, trust auth; .ci/run starts it). Each
 * run migrates a schema of its own and drops it afterwards, so parallel runs do not collide. Where
 * no PostgreSQL runs the class is skipped, unless VIGIL_REQUIRE_POSTGRES=1 (CI) makes that a failure.
 */
class PostgresServerApiTest extends ServerApiContract {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=" + System.getenv().getOrDefault("VIGIL_TEST_PGUSER", "postgres");

    private static String schema;
    private static TestServer server;

    @BeforeAll
    static void start() throws SQLException {
        schema = "vigil_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("VIGIL_REQUIRE_POSTGRES"))) {
                throw e;
            }
            Assumptions.abort("no PostgreSQL on 127.0.0.1:5432 (" + e.getMessage() + ")");
        }
        server = new TestServer(SERVER + "&currentSchema=" + schema);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (server != null) {
            server.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Override
    TestServer server() {
        return server;
    }
}
