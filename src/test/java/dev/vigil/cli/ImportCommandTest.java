package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.vigil.cli.CliTest.vigil;
import static org.assertj.core.api.Assertions.assertThat;

/** vigil import and vigil export end to end: warnings on stderr, exit codes, --out untouched on failure. */
class ImportCommandTest {

    private static final String PEERS = "src/test/resources/peer-models/";

    @TempDir
    Path dir;

    @Test
    void importWritesAValidModelThatAnalyzeReads() {
        Path out = dir.resolve("example.yaml");
        CliTest.Result r = vigil("import", "--from", "threagile", PEERS + "threagile/threagile-example.yaml", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("vigil: warning: ", "\"erp\" has no Vigil type", "vigil: wrote " + out);
        assertThat(out).content().startsWith("# Imported by vigil import --from threagile from threagile-example.yaml.");
        CliTest.Result analysed = vigil("analyze", out.toString(), "--out", dir.resolve("reports").toString());
        assertThat(analysed.exit()).as(analysed.err()).isZero();
        assertThat(analysed.out()).contains("findings");
    }

    @Test
    void quietPrintsNothingButErrors() {
        CliTest.Result r = vigil("import", "--quiet", "--from", "otm", PEERS + "otm/OpenThreatModel-EXAMPLE.json", "--out", dir.resolve("m.yaml").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void brokenInputExitsTwoWithoutAStackTraceAndLeavesOutAlone() throws Exception {
        Path out = dir.resolve("keep.yaml");
        Files.writeString(out, "previous");
        Path truncated = dir.resolve("cut.json");
        Files.writeString(truncated, Files.readString(Path.of(PEERS + "threat-dragon/renting-car.json")).substring(0, 500));
        CliTest.Result cut = vigil("import", "--from", "threat-dragon", truncated.toString(), "--out", out.toString());
        assertThat(cut.exit()).isEqualTo(2);
        assertThat(cut.err()).contains("cut.json:", "syntax error", "not written");
        CliTest.Result wrong = vigil("import", "--from", "threagile", PEERS + "threat-dragon/renting-car.json", "--out", out.toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("renting-car.json:1:1: this is an OWASP Threat Dragon v2 model, not a Threagile model; use --from threat-dragon");
        CliTest.Result unknown = vigil("import", "--from", "drawio", PEERS + "threat-dragon/renting-car.json", "--out", out.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown --from 'drawio'; allowed: threagile, threat-dragon, otm, tm-bom, cyclonedx");
        CliTest.Result tmBom = vigil("import", "--from", "threat-dragon", PEERS + "tm-bom/huskyai.tmbom.json", "--out", out.toString());
        assertThat(tmBom.err()).contains("this is an OWASP Threat Model Library (TM-BOM) file, not an OWASP Threat Dragon v2 model; use --from tm-bom");
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "");
        assertThat(vigil("import", "--from", "otm", empty.toString(), "--out", out.toString()).err()).contains("the file is empty");
        assertThat(vigil("import", "--from", "otm", "examples/minimal.yaml", "--out", out.toString()).err()).contains("a Vigil model already");
        for (CliTest.Result r : new CliTest.Result[] {cut, wrong, unknown, tmBom}) {
            assertThat(r.err()).doesNotContain("Exception", "\tat ");
        }
        assertThat(out).hasContent("previous");
    }

    @Test
    void cyclonedxMergesIntoAModel() {
        Path out = dir.resolve("with-deps.yaml");
        CliTest.Result r = vigil("import", "--from", "cyclonedx", PEERS + "cyclonedx/laravel-7.12.0.bom.1.4.json",
                "--into", "examples/minimal.yaml", "--component", "app", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("purl type 'composer' has no Vigil ecosystem", "62 dependencies");
        CliTest.Result noInto = vigil("import", "--from", "cyclonedx", PEERS + "cyclonedx/laravel-7.12.0.bom.1.4.json", "--out", out.toString());
        assertThat(noInto.exit()).isEqualTo(2);
        assertThat(noInto.err()).contains("give --into MODEL");
        CliTest.Result which = vigil("import", "--from", "cyclonedx", PEERS + "cyclonedx/laravel-7.12.0.bom.1.4.json",
                "--into", "examples/minimal.yaml", "--out", out.toString());
        assertThat(which.exit()).isEqualTo(2);
        assertThat(which.err()).contains("the model has 2 components; say which one uses these packages with --component. Components: app, db");
    }

    @Test
    void exportWritesOtmThatImportsBack() {
        Path otm = dir.resolve("shop.otm.json");
        CliTest.Result r = vigil("export", "--to", "otm", "examples/shop.yaml", "--out", otm.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(otm).content().contains("\"otmVersion\" : \"0.2.0\"", "\"trustZones\"");
        assertThat(vigil("import", "--from", "otm", otm.toString(), "--out", dir.resolve("back.yaml").toString()).exit()).isZero();
        assertThat(vigil("export", "--to", "otm", "examples/shop.yaml").out()).contains("\"dataflows\"");
        assertThat(vigil("export", "--to", "visio", "examples/shop.yaml").err()).contains("unknown --to 'visio'; allowed: otm");
    }

    @Test
    void helpListsTheNewCommands() {
        assertThat(vigil("--help").out()).contains("import", "export");
        assertThat(vigil("import", "--help").out()).contains("--from", "--into", "--component", "--out", "--quiet", "Exit codes:");
        assertThat(vigil("export", "--help").out()).contains("--to", "--out");
    }
}
