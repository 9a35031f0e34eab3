package dev.vigil.model.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vigil.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model parser on arbitrary bytes: it accepts them or throws its own validation error, with
 * at least one problem that says where and what — never another exception, a hang or an OOM.
 * <p>
 * {@code mvn test} replays the committed corpus (src/test/resources/dev/vigil/model/io/
 * ModelParserFuzzTestInputs/, seeded with the examples, the ground-truth systems and the hostile
 * cases). To fuzz: {@code JAZZER_FUZZ=1 mvn test -Dtest=ModelParserFuzzTest}; findings land
 * beside the corpus as crash files, to be fixed and kept as regression inputs.
 */
class ModelParserFuzzTest {

    private static final ModelLoader LOADER = TestWorkspace.get().loader();

    @FuzzTest(maxDuration = "60s")
    void yaml(byte[] input) {
        parse("fuzz.yaml", input);
    }

    @FuzzTest(maxDuration = "60s")
    void json(byte[] input) {
        parse("fuzz.json", input);
    }

    private static void parse(String file, byte[] input) {
        try {
            LOADER.parse(file, input);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).as("a refusal says why").isNotEmpty()
                    .allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo(file);
                        assertThat(p.message()).isNotBlank();
                    });
        }
    }
}
