package dev.vigil.server;

import dev.vigil.TestWorkspace;
import dev.vigil.engine.RuleBaseCache;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real server on a free port with the repository's rules (from the test rule cache, so a start
 * costs about a second of rule loading), on the given database. Closing it stops the server.
 */
final class TestServer implements AutoCloseable {

    /** A small body limit, so that the size tests do not push megabytes around. */
    static final int MAX_BODY = 300_000;
    /** A small daily quota, so that the quota test stores few rows. */
    static final int DAILY_QUOTA = 40;
    /** A small assessment quota, for the same reason; every test that creates assessments uses a team of its own. */
    static final int ASSESSMENT_QUOTA = 20;

    final String dbUrl;
    final ConfigurableApplicationContext context;
    final Http http;

    TestServer(String dbUrl) {
        this(dbUrl, List.of(TestWorkspace.RULES));
    }

    TestServer(String dbUrl, List<Path> rules) {
        this.dbUrl = dbUrl;
        this.context = VigilServer.start(new ServerOptions(0, dbUrl, rules, TestWorkspace.KNOWLEDGE, RuleBaseCache.defaultDir(),
                Map.of("vigil.server.max-body-bytes", String.valueOf(MAX_BODY),
                        "vigil.server.max-analyses-per-team-per-day", String.valueOf(DAILY_QUOTA),
                        "vigil.server.max-assessments-per-team", String.valueOf(ASSESSMENT_QUOTA), "logging.level.root", "warn")));
        this.http = new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** A new token of this team and role, made the way an admin makes one. */
    String token(String team, Role role) {
        return ServerAdmin.open(dbUrl, null, null).createToken(team, role, team + "-" + role.label());
    }

    @Override
    public void close() {
        context.close();
    }
}
