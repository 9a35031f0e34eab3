package dev.vigil.server;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Models and their analyses; every query takes the caller's team, so another team's rows are never seen. */
@Component
final class AnalysisStore {

    /** A report format as stored. */
    enum Format {
        JSON("report_json"), MD("report_md"), HTML("report_html"), SARIF("report_sarif");

        final String column;

        Format(String column) {
            this.column = column;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An analysis as listed (without its reports). */
    record Summary(String id, String system, String name, OffsetDateTime createdAt, String createdBy, String ruleBase,
                   String inputSha256, int findings, Counts bySeverity, int totalRisk, int residualRisk) {
    }

    record Counts(int critical, int high, int medium, int low) {
    }

    /** What one analysis produced, ready to store. */
    record NewAnalysis(String system, String name, String ruleBase, String inputSha256, String input, int findings, Counts counts,
                       int totalRisk, int residualRisk, String json, String md, String html, String sarif) {
    }

    private static final String SUMMARY_COLUMNS = "a.id, m.system_id, m.name, a.created_at, a.created_by, a.rule_base, a.input_sha256, "
            + "a.findings, a.critical, a.high, a.medium, a.low, a.total_risk, a.residual_risk";

    private final JdbcClient jdbc;

    AnalysisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an analysis under its team's model of that system (created on first use); returns its id. */
    String insert(Caller caller, NewAnalysis a, OffsetDateTime now) {
        String modelId = jdbc.sql("SELECT id FROM models WHERE team_id = ? AND system_id = ?").params(caller.team(), a.system())
                .query(String.class).optional().orElseGet(() -> {
                    String id = UUID.randomUUID().toString();
                    jdbc.sql("INSERT INTO models (id, team_id, system_id, name, created_at) VALUES (?, ?, ?, ?, ?)")
                            .params(id, caller.team(), a.system(), a.name(), now).update();
                    return id;
                });
        jdbc.sql("UPDATE models SET name = ? WHERE id = ?").params(a.name(), modelId).update();
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO analyses (id, team_id, model_id, created_at, created_by, rule_base, input_sha256, input, findings, "
                        + "critical, high, medium, low, total_risk, residual_risk, report_json, report_md, report_html, report_sarif) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, caller.team(), modelId, now, caller.name(), a.ruleBase(), a.inputSha256(), a.input(), a.findings(),
                        a.counts().critical(), a.counts().high(), a.counts().medium(), a.counts().low(), a.totalRisk(),
                        a.residualRisk(), a.json(), a.md(), a.html(), a.sarif())
                .update();
        return id;
    }

    /** How many analyses the team stored since that moment. */
    int countSince(String team, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM analyses WHERE team_id = ? AND created_at >= ?").params(team, since).query(Integer.class).single();
    }

    /** The team's analyses, newest first, optionally of one system only; at most {@code limit} (an int, checked by the caller). */
    List<Summary> list(String team, String system, int limit) {
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM analyses a JOIN models m ON m.id = a.model_id WHERE a.team_id = ?"
                + (system == null ? "" : " AND m.system_id = ?") + " ORDER BY a.created_at DESC, a.id DESC FETCH FIRST " + limit + " ROWS ONLY";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param(team);
        if (system != null) {
            spec = spec.param(system);
        }
        return spec.query((rs, n) -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                new Counts(rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)), rs.getInt(13), rs.getInt(14)))
                .list();
    }

    /** One report of one of the team's analyses. */
    Optional<String> report(String team, String id, Format format) {
        return jdbc.sql("SELECT " + format.column + " FROM analyses WHERE team_id = ? AND id = ?").params(team, id)
                .query(String.class).optional();
    }
}
