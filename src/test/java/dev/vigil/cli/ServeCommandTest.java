package dev.vigil.cli;

import org.junit.jupiter.api.Test;

import static dev.vigil.cli.CliTest.vigil;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code vigil serve} refuses what it cannot serve with, in one line and exit code 2. */
class ServeCommandTest {

    @Test
    void aBadPortOrAnUnreachableDatabaseIsExitTwoInOneLine() {
        CliTest.Result port = vigil("serve", "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("--port must be between 0 and 65535");

        CliTest.Result db = vigil("serve", "--port", "0", "--rules", "rules", "--knowledge", "knowledge-base",
                "--db", "jdbc:postgresql://127.0.0.1:1/nothing");
        assertThat(db.exit()).isEqualTo(2);
        assertThat(db.err()).startsWith("vigil: the server did not start: ").doesNotContain("\tat ");
    }
}
