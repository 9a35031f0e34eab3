package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, in-process, against the repository's rules and an example. */
class CliTest {

    @TempDir
    Path out;

    record Result(int exit, String out, String err) {
    }

    static Result vigil(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        boolean takesEngineOptions = args.length > 0 && (args[0].equals("analyze") || args[0].equals("explain"))
                && !java.util.List.of(args).contains("--help");
        if (!takesEngineOptions) {
            all = args;
        } else {
            System.arraycopy(new String[] {"--rules", "rules", "--knowledge", "knowledge-base"}, 0, all, args.length, 4);
        }
        int code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), all);
        return new Result(code, o.toString(), e.toString());
    }

    @Test
    void analyzeWritesReportsAndPrintsASummary() {
        Result r = vigil("analyze", "examples/shop.yaml", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ACME Online Shop", "Top risks:", "Attack scenarios:", "Fix plan:");
        assertThat(out.resolve("shop.vigil.json")).exists();
        assertThat(out.resolve("shop.vigil.md")).exists();
    }

    @Test
    void invalidModelGivesExitTwoAllProblemsAndNoReport() throws Exception {
        Path bad = out.resolve("bad.yaml");
        Files.writeString(bad, "system: {id: s, name: S}\ncomponents:\n  - {id: c, type: toaster, zone: z, colour: red}\n");
        Files.writeString(out.resolve("bad.vigil.json"), "previous report");
        Result r = vigil("analyze", bad.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:3:19: 'toaster' is not an allowed value", "unknown field 'colour'",
                "no zone with id 'z' exists", "no report written");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(out.resolve("bad.vigil.json")).hasContent("previous report");
    }

    @Test
    void explainShowsRuleFactsAndRisk() {
        Result r = vigil("explain", "phishing-privileged-no-mfa@platform-admins", "examples/shop.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Rule:    phishing-privileged-no-mfa", "rules/phishing/phishing.drl:",
                "privileged-without-mfa of principal platform-admins", "derived by derive-privileged-without-mfa",
                "[model at examples/shop.yaml:", "likelihood", "catalog default", "Mitigations:");
    }

    @Test
    void explainUnknownFindingSuggests() {
        Result r = vigil("explain", "phishing-privileged-no-mfa@platform-admin", "examples/shop.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Did you mean 'phishing-privileged-no-mfa@platform-admins'?");
    }

    @Test
    void helpDocumentsEveryCommandAndOption() {
        assertThat(vigil("--help").out()).contains("analyze", "explain", "Exit codes:");
        assertThat(vigil("analyze", "--help").out()).contains("--format", "--out", "--appetite", "--rules", "--knowledge",
                "--max-bytes", "--timeout", "--max-firings", "--quiet");
        assertThat(vigil("explain", "--help").out()).contains("FINDING", "MODEL");
        Result bad = vigil("analyze", "--format", "pdf", "x.yaml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--format", "json, md");
    }
}
