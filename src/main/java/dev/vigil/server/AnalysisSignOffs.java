package dev.vigil.server;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sign-offs of stored analyses: the decision maker's record, and the last one per system for reviews. */
@Component
final class AnalysisSignOffs {

    /** Who signed off which analysis of which system, when, on what rule base, at what risk. */
    record SignOff(String id, String analysis, String system, String signedBy, OffsetDateTime signedAt, String note, String ruleBase,
                   int findings, int totalRisk, int residualRisk, int exceedingAppetite) {
    }

    private static final String COLUMNS = "id, analysis_id, system_id, signed_by, signed_at, note, rule_base, findings, total_risk, "
            + "residual_risk, exceeding_appetite";
    private static final RowMapper<SignOff> ROW = (rs, n) -> new SignOff(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
            rs.getInt(10), rs.getInt(11));

    private final JdbcClient jdbc;

    AnalysisSignOffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SignOff insert(Caller caller, SignOff s) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO analysis_signoffs (" + COLUMNS + ", team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, s.analysis(), s.system(), s.signedBy(), s.signedAt(), s.note(), s.ruleBase(), s.findings(), s.totalRisk(),
                        s.residualRisk(), s.exceedingAppetite(), caller.team()).update();
        return new SignOff(id, s.analysis(), s.system(), s.signedBy(), s.signedAt(), s.note(), s.ruleBase(), s.findings(),
                s.totalRisk(), s.residualRisk(), s.exceedingAppetite());
    }

    List<SignOff> list(String team, String analysis) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analysis_signoffs WHERE team_id = ? AND analysis_id = ? ORDER BY signed_at, id")
                .params(team, analysis).query(ROW).list();
    }

    /** The system's last sign-off, if any. */
    Optional<SignOff> last(String team, String system) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analysis_signoffs WHERE team_id = ? AND system_id = ? ORDER BY signed_at DESC, id DESC")
                .params(team, system).query(ROW).list().stream().findFirst();
    }
}
