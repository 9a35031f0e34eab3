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
        boolean takesEngineOptions = args.length > 0 && (args[0].equals("analyze") || args[0].equals("explain") || args[0].equals("diff")
                || args[0].equals("rules") && !args[1].equals("lint")) && !java.util.List.of(args).contains("--help")
                && !java.util.List.of(args).contains("--rules");
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

    @Test
    void rulesLintRefusesADangerousPackWithFileAndLine() throws Exception {
        Path pack = Files.createDirectories(out.resolve("pack/evil"));
        Files.copy(Path.of("src/test/resources/lint/runtime-exec.drl"), pack.resolve("exec.drl"));
        Result r = vigil("rules", "lint", "rules", out.resolve("pack").toString(), "--knowledge", "knowledge-base");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("evil/exec.drl:8: rule 'exec' calls 'Runtime.getRuntime(…)'");
        Result ok = vigil("rules", "lint", "rules", "--knowledge", "knowledge-base");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("rules, no problems");
    }

    @Test
    void rulesTestReportsFailuresCoverageAndEmptySelections() throws Exception {
        Path pack = Files.createDirectories(out.resolve("team/extra"));
        Files.writeString(pack.resolve("extra.drl"), """
                package rules.team;
                import dev.vigil.model.*;
                import function dev.vigil.engine.Emit.derive;
                rule "Partner-facing component" @id("team-partner-facing") @derives("partner-facing")
                when
                    Component($id : id, exposure == "partner")
                then
                    insertLogical(derive(drools, $id));
                end
                """);
        Files.writeString(pack.resolve("extra.test.yaml"), """
                cases:
                  - name: a wrong expectation
                    given:
                      zones: [{id: z, kind: partner}]
                      components: [{id: feed, type: api-service, zone: z, exposure: partner}]
                    expect:
                      - {rule: team-partner-facing, target: nofeed}
                """);
        Result r = vigil("rules", "test", pack.toString(), "--rules", "rules", "--rules", out.resolve("team").toString(),
                "--knowledge", "knowledge-base", "--coverage");
        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.out()).contains("case 'a wrong expectation' failed", "expected team-partner-facing@nofeed to fire",
                "team-partner-facing@feed ←", "NOT COVERED phishing-untrained-staff", "1 passed, 1 failed, 0 skipped");
        Result answers = vigil("rules", "test", "rules/questionnaire");
        assertThat(answers.exit()).as(answers.out() + answers.err()).isZero();
        assertThat(answers.out()).contains(" passed, 0 failed, 0 skipped");
        Result empty = vigil("rules", "test", "--run", "no such case", "--fail-on-empty", "--format", "json");
        assertThat(empty.exit()).isEqualTo(5);
        assertThat(empty.out()).contains("\"passed\" : 0");
    }

    @Test
    void rulesListShowsEveryRule() {
        Result r = vigil("rules", "list");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("phishing-privileged-no-mfa", "privileged-account-takeover", "rules/phishing/phishing.drl:");
    }

    @Test
    void settingsDisableRulesAndReportsSayWhy() throws Exception {
        Path settings = out.resolve("vigil.yaml");
        Files.writeString(settings, "disabled_rules:\n  - {id: web-xss, reason: \"CSP enforced by the edge (SEC-12)\"}\n");
        Result r = vigil("analyze", "examples/minimal.yaml", "--out", out.toString(), "--settings", settings.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Rule web-xss is switched off: CSP enforced by the edge (SEC-12)");
        String json = Files.readString(out.resolve("minimal.vigil.json"));
        assertThat(json).contains("\"disabledRules\" : [ {", "\"reason\" : \"CSP enforced by the edge (SEC-12)\"",
                "\"packs\" : [ {", "\"name\" : \"rules\"").doesNotContain("\"web-xss@app\"");
        assertThat(Files.readString(out.resolve("minimal.vigil.md"))).contains("Rule **web-xss** is switched off");

        Files.writeString(settings, "disabled_rules:\n  - {id: web-xs, reason: typo}\n");
        Result bad = vigil("analyze", "examples/minimal.yaml", "--out", out.toString(), "--settings", settings.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("vigil.yaml:2:10: no rule with id 'web-xs'. Did you mean 'web-xss'?");
    }

    @Test
    void packsWithCollidingIdsAreRefused() throws Exception {
        Path pack = Files.createDirectories(out.resolve("team/dup"));
        Files.writeString(pack.resolve("dup.drl"), """
                package rules.team;
                import dev.vigil.model.*;
                rule "Same id as a bundled rule" @id("web-xss") @derives("x")
                when
                    Component()
                then
                end
                """);
        Result r = vigil("analyze", "examples/minimal.yaml", "--out", out.toString(), "--rules", "rules",
                "--rules", out.resolve("team").toString(), "--knowledge", "knowledge-base");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("dup/dup.drl:3: @id 'web-xss' is already used at rules/web/input-handling.drl:");
    }
}
