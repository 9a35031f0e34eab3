package dev.vigil.server;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * API tokens. A token is 32 random bytes (base64url, prefixed {@code vgl_}); only its SHA-256 is
 * stored, so a leaked database does not hand out access. Random tokens need no slow hash: there is
 * nothing to guess.
 */
@Component
final class Tokens {

    static final Pattern TEAM = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    Tokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the team if needed and a token for it; returns the token, which is never shown again. */
    String create(String team, Role role, String name) {
        if (!TEAM.matcher(team).matches()) {
            throw new IllegalArgumentException("team '" + team + "' is not allowed: use 1 to 63 lower-case letters, digits and '-'");
        }
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("the token name must be 1 to 200 characters (it names who acts in the audit log)");
        }
        OffsetDateTime now = ServerBeans.utcNow(clock);
        if (jdbc.sql("SELECT COUNT(*) FROM teams WHERE id = ?").param(team).query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO teams (id, created_at) VALUES (?, ?)").params(team, now).update();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "vgl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO api_tokens (id, token_hash, team_id, role, name, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, hash(token), team, role.label(), name, now).update();
        new AuditLog(jdbc, clock).record(new Caller(team, Role.ADMIN, "vigil server token create"), "token.create", id,
                "role " + role.label() + ", name " + name);
        return token;
    }

    /** The caller a token stands for, if it is a token of this server. */
    Optional<Caller> find(String token) {
        return jdbc.sql("SELECT team_id, role, name FROM api_tokens WHERE token_hash = ?").param(hash(token))
                .query((rs, n) -> new Caller(rs.getString(1), Role.parse(rs.getString(2)), rs.getString(3))).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
