package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static dev.vigil.cli.CliTest.vigil;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code vigil server token create}: a token printed once, only its hash in the database, clear errors. */
class ServerTokenCommandTest {

    @Test
    void aTokenIsPrintedOnceAndOnlyItsHashIsStored(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("vigil");
        CliTest.Result r = vigil("server", "token", "create", "--team", "payments", "--role", "Acceptor", "--name", "ci bot", "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        String token = r.out().trim();
        assertThat(token).matches("vgl_[A-Za-z0-9_-]{43}");
        assertThat(r.err()).contains("shown only this once");
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db, "", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT token_hash, team_id, role, name FROM api_tokens")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).containsExactly(hash + " payments acceptor ci bot");
        assertThat(String.join("", rows)).doesNotContain(token.substring(4));
    }

    @Test
    void aBadRoleTeamOrDatabaseIsExitTwoWithWhatIsAllowed(@TempDir Path dir) {
        String db = "jdbc:h2:file:" + dir.resolve("vigil");
        CliTest.Result role = vigil("server", "token", "create", "--team", "t", "--role", "owner", "--name", "n", "--db", db);
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err()).contains("unknown role 'owner'; the roles are viewer, assessor, acceptor, admin");
        CliTest.Result team = vigil("server", "token", "create", "--team", "Team A", "--role", "viewer", "--name", "n", "--db", db);
        assertThat(team.exit()).isEqualTo(2);
        assertThat(team.err()).contains("team 'Team A' is not allowed");
        CliTest.Result nowhere = vigil("server", "token", "create", "--team", "t", "--role", "viewer", "--name", "n",
                "--db", "jdbc:nosuchdb://x");
        assertThat(nowhere.exit()).isEqualTo(2);
        assertThat(nowhere.err()).contains("cannot use the database").doesNotContain("\tat ");
        assertThat(vigil("server", "token", "create", "--team", "t").exit()).isEqualTo(2);
    }
}
