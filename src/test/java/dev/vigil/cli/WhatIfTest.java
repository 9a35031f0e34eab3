package dev.vigil.cli;

import dev.vigil.TestWorkspace;
import dev.vigil.knowledge.MitigationDef;
import dev.vigil.model.io.Names;
import dev.vigil.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** vigil analyze --assume: the analysis as if some fixes were in place. */
class WhatIfTest {

    @TempDir
    Path dir;

    private JsonNode report(Path out) throws Exception {
        return JsonReport.mapper().readTree(out.resolve("shop.vigil.json").toFile());
    }

    @Test
    void assumedFixesLowerTheRisksTheyAddressAndAreNotRecommendedAgain() throws Exception {
        Path plainOut = dir.resolve("plain");
        CliTest.Result plain = CliTest.vigil("analyze", "examples/shop.yaml", "--out", plainOut.toString(), "-q");
        assertThat(plain.exit()).as(plain.err()).isZero();
        JsonNode before = report(plainOut);
        String first = before.path("plan").path("items").get(0).path("mitigation").asString();
        String second = before.path("plan").path("items").get(1).path("mitigation").asString();

        Path whatIfOut = dir.resolve("what-if");
        CliTest.Result r = CliTest.vigil("analyze", "examples/shop.yaml", "--out", whatIfOut.toString(), "--assume", first + "," + second);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("WHAT-IF: computed as if these fixes were in place: " + first + ", " + second);
        JsonNode after = report(whatIfOut);

        // each finding: its risk lowered by every assumed mitigation that addresses it, in order (the plan's residual arithmetic)
        Map<String, JsonNode> was = new HashMap<>();
        before.path("findings").forEach(f -> was.put(f.path("id").asString(), f));
        assertThat(after.path("findings").size()).isEqualTo(before.path("findings").size());
        int expectedTotal = 0;
        for (JsonNode f : after.path("findings")) {
            JsonNode old = was.get(f.path("id").asString());
            int l = old.path("risk").path("likelihood").asInt();
            int i = old.path("risk").path("impact").asInt();
            for (String m : new String[] {first, second}) {
                if (contains(old.path("mitigations"), m)) {
                    MitigationDef def = TestWorkspace.get().kb().mitigation(m);
                    l = Math.max(1, l - def.lowersLikelihood());
                    i = Math.max(1, i - def.lowersImpact());
                }
            }
            assertThat(f.path("risk").path("likelihood").asInt()).as(f.path("id").asString()).isEqualTo(l);
            assertThat(f.path("risk").path("impact").asInt()).as(f.path("id").asString()).isEqualTo(i);
            expectedTotal += l * i;
        }
        assertThat(after.path("summary").path("totalRisk").asInt()).isEqualTo(expectedTotal)
                .isLessThan(before.path("summary").path("totalRisk").asInt());
        assertThat(after.path("plan").path("items")).extracting(p -> p.path("mitigation").asString()).doesNotContain(first, second);
        assertThat(after.path("whatIf").path("assumedMitigations")).extracting(m -> m.path("mitigation").asString())
                .containsExactly(first, second);
        assertThat(before.has("whatIf")).isFalse();
        String md = Files.readString(whatIfOut.resolve("shop.vigil.md"));
        assertThat(md.indexOf("What-if analysis")).isPositive().isLessThan(md.indexOf("## Scope"));
        assertThat(md).contains("(`" + first + "`)", "(`" + second + "`)");
    }

    @Test
    void anUnknownMitigationIsInvalidInputWithASuggestion() {
        String known = TestWorkspace.get().kb().mitigations().firstKey();
        String typo = known + "x";
        CliTest.Result r = CliTest.vigil("analyze", "examples/minimal.yaml", "--out", dir.toString(), "--assume", typo);
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("--assume: no mitigation with id '" + typo + "' exists. Did you mean '"
                + Names.closest(typo, TestWorkspace.get().kb().mitigations().keySet()) + "'?").doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("minimal.vigil.json")).doesNotExist();
    }

    @Test
    void batchTakesAssumeTooAndDoesNotResumeFromAPlainReport() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of("examples/shop.yaml"), models.resolve("shop.yaml"));
        Path out = dir.resolve("out");
        CliTest.Result plain = CliTest.vigil("batch", models.toString(), "--out", out.toString(), "-q");
        assertThat(plain.exit()).as(plain.err()).isZero();
        JsonNode before = report(out);
        String first = before.path("plan").path("items").get(0).path("mitigation").asString();

        CliTest.Result r = CliTest.vigil("batch", models.toString(), "--out", out.toString(), "--resume", "--assume", first, "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode after = report(out);
        assertThat(after.path("whatIf").path("assumedMitigations").get(0).path("mitigation").asString()).isEqualTo(first);
        assertThat(after.path("plan").path("items")).extracting(p -> p.path("mitigation").asString()).doesNotContain(first);
        assertThat(Files.readString(out.resolve("portfolio.vigil.md"))).contains("What-if", "`" + first + "`");

        CliTest.Result bad = CliTest.vigil("batch", models.toString(), "--out", out.toString(), "--assume", first + "x", "-q");
        assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).contains("--assume: no mitigation with id '" + first + "x'");
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
