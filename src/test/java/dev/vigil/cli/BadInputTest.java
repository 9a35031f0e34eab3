package dev.vigil.cli;

import dev.vigil.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to analyze and batch: each names the culprit, loses nothing else, returns the documented code. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void aBatchSurvivesDanglingLinksLinkLoopsNonModelsAndOversizedFiles() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of("examples/minimal.yaml"), models.resolve("good.yaml"));
        Files.createSymbolicLink(models.resolve("gone.yaml"), dir.resolve("does-not-exist.yaml"));
        Files.createSymbolicLink(models.resolve("loop"), models);
        Files.writeString(models.resolve("notes.yaml"), "Just some notes, not a model.\n");
        Files.writeString(models.resolve("huge.yaml"), "system: {id: h, name: H}\n" + "# padding\n".repeat(2000));
        CliTest.Result r = CliTest.vigil("batch", models.toString(), "--out", dir.resolve("out").toString(), "--max-bytes", "10000", "-q");
        assertThat(r.exit()).isEqualTo(6);
        assertThat(r.err()).contains("notes.yaml: invalid", "expected a mapping of fields", "huge.yaml: invalid", "over the limit of 10000 bytes")
                .doesNotContain("good.yaml:", "Exception");
        assertThat(dir.resolve("out/good.vigil.json")).exists();
    }

    @Test
    void aFolderWithoutModelsAndAnUnwritableOutputAreNamed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliTest.Result none = CliTest.vigil("batch", empty.toString(), "--out", dir.resolve("o").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no model files");
        Path notADir = Files.writeString(dir.resolve("out-is-a-file"), "x");
        CliTest.Result r = CliTest.vigil("analyze", "examples/minimal.yaml", "--out", notADir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write", "out-is-a-file", "(check --out)").doesNotContain("internal error");
        CliTest.Result missing = CliTest.vigil("analyze", dir.resolve("nope.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml: no such file or folder");
    }

    @Test
    void attackPathBoundsOutsideTheirRangeAreExitTwoInOneLine() {
        String[][] cases = {{"--max-scenario-depth", "0", "between 1 and 32, not 0"}, {"--max-scenario-depth", "100000", "not 100000"},
            {"--paths-per-target", "0", "--paths-per-target must be at least 1"}, {"--max-scenarios", "-1", "--max-scenarios must be 0 or more"}};
        for (String[] c : cases) {
            CliTest.Result r = CliTest.vigil("analyze", "examples/minimal.yaml", "--out", dir.resolve("o").toString(), c[0], c[1]);
            assertThat(r.exit()).as(c[0] + " " + c[1]).isEqualTo(2);
            assertThat(r.err()).as(c[0] + " " + c[1]).startsWith("vigil: " + c[0]).contains(c[2]).doesNotContain("internal error", "Exception");
        }
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aReportThatCannotBeWrittenIsNamedAndTheBatchGoesOn() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of("examples/minimal.yaml"), models.resolve("good.yaml"));
        Files.copy(Path.of("examples/minimal.yaml"), models.resolve("blocked.yaml"));
        Path out = dir.resolve("out");
        // a folder where blocked's report should go: the rename over it fails, as on a broken or read-only output
        Files.writeString(Files.createDirectories(out.resolve("blocked.vigil.json")).resolve("keep"), "x");
        CliTest.Result r = CliTest.vigil("batch", models.toString(), "--out", out.toString(), "-q");
        assertThat(r.exit()).isEqualTo(6);
        assertThat(r.err()).contains("blocked.yaml: error: cannot write its report").doesNotContain("good.yaml:", "Exception");
        assertThat(out.resolve("good.vigil.json")).exists();
        assertThat(out.resolve("blocked.vigil.json/keep")).hasContent("x");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void namesThatNeedEscapingSurviveJsonAndSarif() throws Exception {
        String evil = "Q\\\"uote </script> line\\nbreak \\u0007bell \\u202Eevil";
        Path m = dir.resolve("evil.yaml");
        Files.writeString(m, """
                system: {id: evil, name: "NAME"}
                zones: [{id: z, kind: dmz}]
                components: [{id: app, name: "NAME", type: web-application, zone: z, exposure: internet}]
                """.replace("NAME", evil));
        Path out = dir.resolve("out");
        CliTest.Result r = CliTest.vigil("analyze", m.toString(), "--out", out.toString(), "--format", "json,sarif,md", "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonReport.mapper().readTree(out.resolve("evil.vigil.json").toFile());
        assertThat(json.path("system").path("name").asString()).isEqualTo("Q\"uote </script> line\nbreak \u0007bell \u202Eevil");
        JsonNode sarif = JsonReport.mapper().readTree(out.resolve("evil.vigil.sarif").toFile());
        assertThat(sarif.path("runs").get(0).path("results").size()).isPositive();
        assertThat(Files.readString(out.resolve("evil.vigil.md"))).doesNotContain("</script>");
    }

    @Test
    void aDeliberatelySlowRuleSpendsOneModelsTimeBudgetAndTheBatchGoesOn() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("team/slow"));
        Files.writeString(pack.resolve("slow.drl"), """
                package rules.slow;
                import dev.vigil.model.*;

                rule "A deliberately slow rule" @id("slow-burn") @derives("slow")
                when
                    $c : Component(name == "Slow on purpose")
                then
                    java.time.Instant until = java.time.Instant.now().plusMillis(700);
                    while (java.time.Instant.now().isBefore(until)) { }
                    insertLogical(new Derived("slow", $c.id(), "slow-burn"));
                end

                rule "What the slow rule found" @id("slow-seen") @derives("slow-seen")
                when
                    Derived(kind == "slow", $id : subject)
                then
                    insertLogical(new Derived("slow-seen", $id, "slow-seen"));
                end
                """); // the second slow firing ends after the budget; the rule that reads its fact fires later still
        Path models = Files.createDirectories(dir.resolve("models"));
        String minimal = Files.readString(Path.of("examples/minimal.yaml"));
        Files.writeString(models.resolve("a-slow.yaml"), minimal.replace("name: Guestbook app", "name: Slow on purpose")
                .replace("name: Guestbook database", "name: Slow on purpose"));
        Files.writeString(models.resolve("b-fine.yaml"), minimal);
        CliTest.Result r = CliTest.vigil("batch", models.toString(), "--out", dir.resolve("out").toString(), "--rules", "rules",
                "--rules", dir.resolve("team").toString(), "--knowledge", "knowledge-base", "--timeout", "1", "--threads", "1", "-q");
        assertThat(r.exit()).as(r.err()).isEqualTo(6);
        assertThat(r.err()).contains("a-slow.yaml: limit: analysis stopped after its time budget of 1 s")
                .containsPattern("slowest rules: slow-burn \\(1\\.[4-9] s in 2 firings\\)").doesNotContain("b-fine.yaml:", "Exception");
        assertThat(dir.resolve("out/b-fine.vigil.json")).exists();
        assertThat(dir.resolve("out/a-slow.vigil.json")).doesNotExist();
    }

    @Test
    void aModelPastItsBudgetIsReportedAndTheBatchGoesOn() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of("examples/minimal.yaml"), models.resolve("small.yaml"));
        Files.writeString(models.resolve("big.yaml"), new dev.vigil.batch.ModelGenerator(60, 180, 6, 3).generate("big"));
        CliTest.Result r = CliTest.vigil("batch", models.toString(), "--out", dir.resolve("out").toString(), "--max-firings", "400", "-q");
        assertThat(r.exit()).isEqualTo(6);
        assertThat(r.err()).contains("big.yaml: limit: analysis stopped at the firing cap of 400", "busiest rules: link-flow");
        assertThat(dir.resolve("out/small.vigil.json")).exists();
        assertThat(Files.readString(dir.resolve("out/portfolio.vigil.json"))).contains("\"status\" : \"limit\"");
    }
}
