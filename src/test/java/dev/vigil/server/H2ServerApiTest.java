package dev.vigil.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.UUID;

/** The API on the default database, H2 (in memory here). */
class H2ServerApiTest extends ServerApiContract {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer("jdbc:h2:mem:api-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    TestServer server() {
        return server;
    }
}
