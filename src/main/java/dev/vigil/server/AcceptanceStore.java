package dev.vigil.server;

import dev.vigil.analysis.Acceptance;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A team's accepted risks. Revoking keeps the row (who revoked it, when): acceptances are a record of decisions. */
@Component
final class AcceptanceStore {

    /** An acceptance as the API shows it. */
    record Stored(String id, String finding, String system, String justification, String ticket, LocalDate expires,
                  String acceptedBy, OffsetDateTime createdAt, String revokedBy, OffsetDateTime revokedAt) {

        String status(LocalDate today) {
            return revokedAt != null ? "revoked" : expires.isBefore(today) ? "expired" : "active";
        }

        Acceptance toAcceptance() {
            return new Acceptance(finding, justification, acceptedBy, ticket, expires.toString());
        }
    }

    private static final String COLUMNS = "id, finding, system_id, justification, ticket, expires, accepted_by, created_at, revoked_by, revoked_at";
    private static final RowMapper<Stored> ROW = (rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
            rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getObject(10, OffsetDateTime.class));

    private final JdbcClient jdbc;

    AcceptanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String insert(Caller caller, String finding, String system, String justification, String ticket, LocalDate expires,
                  OffsetDateTime now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO acceptances (id, team_id, finding, system_id, justification, ticket, expires, accepted_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, caller.team(), finding, system, justification, ticket, expires, caller.name(), now).update();
        return id;
    }

    List<Stored> list(String team) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM acceptances WHERE team_id = ? ORDER BY created_at DESC, id DESC")
                .param(team).query(ROW).list();
    }

    Optional<Stored> find(String team, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM acceptances WHERE team_id = ? AND id = ?").params(team, id).query(ROW).optional();
    }

    /** The acceptances that hold today for a system of the team: not revoked, not expired, for this system or all. */
    List<Acceptance> inForce(String team, String system, LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM acceptances WHERE team_id = ? AND revoked_at IS NULL AND expires >= ? "
                        + "AND (system_id IS NULL OR system_id = ?) ORDER BY created_at, id")
                .params(team, today, system).query(ROW).list().stream().map(Stored::toAcceptance).toList();
    }

    /** Revokes an acceptance that is not revoked yet; false when it already was. */
    boolean revoke(Caller caller, String id, OffsetDateTime now) {
        return jdbc.sql("UPDATE acceptances SET revoked_by = ?, revoked_at = ? WHERE team_id = ? AND id = ? AND revoked_at IS NULL")
                .params(caller.name(), now, caller.team(), id).update() == 1;
    }
}
