package dev.vigil.batch;

import dev.vigil.TestWorkspace;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ModelGeneratorTest {

    @Test
    void generatedModelsAreValidAndRepeatable() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            int size = (int) (2 + seed * 7);
            String model = new ModelGenerator(size, size * 3, 1 + (int) seed % 7, seed).generate("s" + seed);
            var loaded = TestWorkspace.get().loader().parse("g.yaml", model.getBytes(StandardCharsets.UTF_8));
            assertThat(loaded.model().components()).hasSize(size);
            assertThat(loaded.model().flows()).hasSize(size * 3);
            assertThat(new ModelGenerator(size, size * 3, 1 + (int) seed % 7, seed).generate("s" + seed)).isEqualTo(model);
        }
        assertThat(new ModelGenerator(10, 10, 2, 1).generate("x")).isNotEqualTo(new ModelGenerator(10, 10, 2, 2).generate("x"));
    }
}
