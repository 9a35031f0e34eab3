package dev.vigil.server;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sign-offs of a team's assessments, oldest first; the last one is what a review is compared with. */
@Component
final class SignOffStore {

    /** A sign-off as shown (the stored report is read separately, for reviews). */
    record SignOff(String id, int assessmentVersion, String signedBy, OffsetDateTime signedAt, String note, String ruleBase,
                   int findings, int totalRisk, int residualRisk, int exceedingAppetite) {
    }

    private static final String COLUMNS = "id, assessment_version, signed_by, signed_at, note, rule_base, findings, total_risk, "
            + "residual_risk, exceeding_appetite";
    private static final RowMapper<SignOff> ROW = (rs, n) -> new SignOff(rs.getString(1), rs.getInt(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));

    private final JdbcClient jdbc;

    SignOffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String insert(Caller caller, String assessmentId, SignOff s, String reportJson) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO signoffs (id, team_id, assessment_id, assessment_version, signed_by, signed_at, note, rule_base, findings, "
                        + "total_risk, residual_risk, exceeding_appetite, report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, caller.team(), assessmentId, s.assessmentVersion(), caller.name(), s.signedAt(), s.note(), s.ruleBase(),
                        s.findings(), s.totalRisk(), s.residualRisk(), s.exceedingAppetite(), reportJson)
                .update();
        return id;
    }

    List<SignOff> list(String team, String assessmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signoffs WHERE team_id = ? AND assessment_id = ? ORDER BY signed_at, id")
                .params(team, assessmentId).query(ROW).list();
    }

    /** The JSON report of the last sign-off, with its id. */
    Optional<String[]> lastReport(String team, String assessmentId) {
        return jdbc.sql("SELECT id, report_json FROM signoffs WHERE team_id = ? AND assessment_id = ? ORDER BY signed_at DESC, id DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .params(team, assessmentId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }
}
