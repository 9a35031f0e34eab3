package dev.vigil.server;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Who did what in an assessment: each answer, revision or withdrawal with who gave it and when, and
 * the comments left on questions. Rows are only ever added (an answer log, not a current state), so
 * the report can name every contributor in the order they joined.
 */
@Component
final class Contributions {

    /** The latest word on one question: its values (null: withdrawn), who gave them and when. */
    record Given(String question, List<String> values, String by, OffsetDateTime at) {
    }

    record Comment(long id, String question, String text, String by, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;

    Contributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void answered(String assessment, String question, List<String> values, Caller caller, OffsetDateTime at) {
        jdbc.sql("INSERT INTO answer_log (assessment_id, question, answer, given_by, given_at) VALUES (?, ?, ?, ?, ?)")
                .params(assessment, question, values == null ? null : String.join("\n", values), caller.name(), at).update();
    }

    /** Per question, the latest answer given (in log order). */
    Map<String, Given> latest(String assessment) {
        Map<String, Given> out = new LinkedHashMap<>();
        jdbc.sql("SELECT question, answer, given_by, given_at FROM answer_log WHERE assessment_id = ? ORDER BY id").param(assessment)
                .query((rs, n) -> new Given(rs.getString(1), rs.getString(2) == null ? null : List.of(rs.getString(2).split("\n", -1)),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list().forEach(g -> out.put(g.question(), g));
        return out;
    }

    /** Everyone who answered or commented, in the order they first did. */
    List<String> contributors(String assessment) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        jdbc.sql("SELECT given_by FROM answer_log WHERE assessment_id = ? ORDER BY id").param(assessment)
                .query(String.class).list().forEach(names::add);
        comments(assessment).forEach(c -> names.add(c.by()));
        return new ArrayList<>(names);
    }

    long comment(String assessment, String question, String text, Caller caller, OffsetDateTime at) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO question_comments (assessment_id, question, text, written_by, written_at) VALUES (?, ?, ?, ?, ?)")
                .params(assessment, question, text, caller.name(), at).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Comment> comments(String assessment) {
        return jdbc.sql("SELECT id, question, text, written_by, written_at FROM question_comments WHERE assessment_id = ? ORDER BY id")
                .param(assessment).query((rs, n) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class))).list();
    }
}
