package dev.vigil.server;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.util.Locale;

/**
 * Administration straight on the database, without starting the server (no Spring context, no
 * rule base): the schema is migrated first, so it also works on a fresh database.
 */
public final class ServerAdmin {

    /** The database {@code vigil serve} uses when nothing else is configured. */
    public static final String DEFAULT_DATABASE = "jdbc:h2:file:" + System.getProperty("user.home") + "/.vigil/server/vigil;AUTO_SERVER=TRUE";

    private final JdbcClient jdbc;

    private ServerAdmin(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The URL with H2's write delay off for a file database: by default H2 writes a commit to disk
     * up to half a second later, and a server killed in that time loses it (ServerKillTest saw it).
     */
    static String durable(String url) {
        if (url != null && url.startsWith("jdbc:h2:file:") && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY")) {
            return url + ";WRITE_DELAY=0";
        }
        return url;
    }

    /** Opens (and migrates) the database; user and password may be null. */
    public static ServerAdmin open(String url, String user, String password) {
        url = durable(url);
        // without a user, do as Spring Boot does for the server: "sa" for an in-memory H2 database,
        // else none, so that the URL's own (…?user=) or the driver's default applies
        if (user == null && url.startsWith("jdbc:h2:mem:")) {
            user = "sa";
        }
        DriverManagerDataSource ds = user == null ? new DriverManagerDataSource(url) : new DriverManagerDataSource(url, user, password);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new ServerAdmin(JdbcClient.create(ds));
    }

    /**
     * Creates an API token for a team (and the team, on first use); the token is returned once and
     * only its hash is kept.
     *
     * @throws IllegalArgumentException for a team name or token name that is not allowed
     */
    public String createToken(String team, Role role, String name) {
        return new Tokens(jdbc, Clock.systemUTC()).create(team, role, name);
    }
}
