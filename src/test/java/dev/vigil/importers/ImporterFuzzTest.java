package dev.vigil.importers;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vigil.TestWorkspace;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importers on arbitrary bytes: each imports them to a valid model or refuses them with its own
 * validation error naming the input file — never another exception, a hang, or a model the loader
 * refuses (a problem in "model imported from …" would be a mapping bug).
 * <p>
 * {@code mvn test} replays the committed corpus in src/test/resources/dev/vigil/importers/
 * ImporterFuzzTestInputs/&lt;method&gt;/. To fuzz: {@code JAZZER_FUZZ=1 mvn -B test -Dtest='ImporterFuzzTest#threagile'}.
 */
class ImporterFuzzTest {

    private static final Importer IMPORTER = new Importer(TestWorkspace.get().loader(), Limits.DEFAULT);
    private static final Path INTO = Path.of("src/test/resources/dev/vigil/importers/one-component.yaml");
    private static final byte[] INTO_BYTES = read(INTO);

    @FuzzTest(maxDuration = "60s")
    void threagile(byte[] input) {
        check(() -> IMPORTER.read(Format.THREAGILE, "fuzz.yaml", input));
    }

    @FuzzTest(maxDuration = "60s")
    void threatDragon(byte[] input) {
        check(() -> IMPORTER.read(Format.THREAT_DRAGON, "fuzz.yaml", input));
    }

    @FuzzTest(maxDuration = "60s")
    void otm(byte[] input) {
        check(() -> IMPORTER.read(Format.OTM, "fuzz.yaml", input));
    }

    @FuzzTest(maxDuration = "60s")
    void tmBom(byte[] input) {
        check(() -> IMPORTER.read(Format.TM_BOM, "fuzz.yaml", input));
    }

    @FuzzTest(maxDuration = "60s")
    void cyclonedx(byte[] input) {
        check(() -> IMPORTER.mergeSbom("fuzz.yaml", input, INTO.toString(), INTO_BYTES, null));
    }

    private interface Import {
        Imported run() throws InvalidInputException;
    }

    private static void check(Import run) {
        try {
            Imported imported = run.run();
            assertThat(imported.yaml()).startsWith("# Imported by vigil import");
        } catch (InvalidInputException e) {
            assertThat(e.problems()).as("a refusal says why").isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).as(p.toString()).isEqualTo("fuzz.yaml");
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
