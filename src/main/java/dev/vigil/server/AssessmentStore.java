package dev.vigil.server;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A team's assessments: the answers (answers-file YAML) and a version per write. */
@Component
final class AssessmentStore {

    record Stored(String id, String name, int version, String answers, OffsetDateTime createdAt, String createdBy,
                  OffsetDateTime updatedAt, String updatedBy) {
    }

    private static final String COLUMNS = "id, name, version, answers, created_at, created_by, updated_at, updated_by";
    private static final RowMapper<Stored> ROW = (rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8));

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String insert(Caller caller, String name, String answers, OffsetDateTime now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO assessments (id, team_id, name, version, answers, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)").params(id, caller.team(), name, answers, now, caller.name(), now, caller.name()).update();
        return id;
    }

    int count(String team) {
        return jdbc.sql("SELECT COUNT(*) FROM assessments WHERE team_id = ?").param(team).query(Integer.class).single();
    }

    List<Stored> list(String team) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessments WHERE team_id = ? ORDER BY updated_at DESC, id DESC").param(team)
                .query(ROW).list();
    }

    Optional<Stored> find(String team, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessments WHERE team_id = ? AND id = ?").params(team, id).query(ROW).optional();
    }

    /** Writes new answers if the assessment is still at {@code version}; false when another write came first. */
    boolean update(Caller caller, String id, int version, String answers, OffsetDateTime now) {
        return jdbc.sql("UPDATE assessments SET answers = ?, version = version + 1, updated_at = ?, updated_by = ? "
                        + "WHERE team_id = ? AND id = ? AND version = ?")
                .params(answers, now, caller.name(), caller.team(), id, version).update() == 1;
    }

    boolean delete(String team, String id) {
        return jdbc.sql("DELETE FROM assessments WHERE team_id = ? AND id = ?").params(team, id).update() == 1;
    }
}
