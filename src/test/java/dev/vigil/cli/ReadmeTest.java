package dev.vigil.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's sample output is what Vigil prints today for its first command: the block under
 * "What it prints", compared line by line with {@code vigil analyze examples/shop.yaml --out vigil-reports}.
 * The analysis runs in-process with the repository's rules, as {@code ./vigil} does; only the
 * report paths name the README's folder, so the reports themselves go to a temporary one.
 */
class ReadmeTest {

    @Test
    void sampleOutputIsWhatVigilPrintsToday(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("## What it prints\\s+```\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README.md has a fenced block under '## What it prints'").isTrue();
        CliTest.Result r = CliTest.vigil("analyze", "examples/shop.yaml", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String printed = r.out().replace(out.toString(), "vigil-reports");
        assertThat(printed).as("README.md's sample output; paste what ./vigil analyze examples/shop.yaml --out vigil-reports prints")
                .isEqualTo(block.group(1));
    }
}
