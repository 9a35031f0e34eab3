package dev.vigil.server;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** Who did what to which object, and when: one row per write. */
@Component
final class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Caller caller, String action, String objectId, String detail) {
        jdbc.sql("INSERT INTO audit_log (id, team_id, actor, action, object_id, detail, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), caller.team(), caller.name(), action, objectId,
                        detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000),
                        ServerBeans.utcNow(clock))
                .update();
    }
}
