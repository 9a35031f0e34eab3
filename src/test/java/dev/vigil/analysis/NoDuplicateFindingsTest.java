package dev.vigil.analysis;

import dev.vigil.TestWorkspace;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two findings must not say the same thing about the same target: on every bundled example and
 * ground-truth system, no target carries the same catalog threat twice, nor both threats of a pair
 * that mean the same (one rule of each pair stays silent where the other fires).
 */
class NoDuplicateFindingsTest {

    private static final List<Set<String>> SAME_MEANING = List.of(
            Set.of("cleartext-transmission", "sensitive-data-cleartext-transit"),
            Set.of("standing-third-party-access", "standing-access-abuse"),
            Set.of("developer-direct-production-change", "no-separation-of-duties"));

    @TestFactory
    Stream<DynamicTest> noTargetHearsTheSameThingTwice() throws IOException {
        List<Path> models;
        try (Stream<Path> examples = Files.list(Path.of("examples")); Stream<Path> systems = Files.list(GroundTruthTest.SYSTEMS)) {
            models = Stream.concat(examples, systems)
                    .filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".expect.yaml")).sorted().toList();
        }
        return models.stream().map(model -> DynamicTest.dynamicTest(model.toString(), () -> {
            Analysis a = TestWorkspace.get().analyzer().analyze(TestWorkspace.get().loader().load(model), Severity.MEDIUM);
            Map<String, List<String>> threatsByTarget = a.findings().stream().collect(Collectors.groupingBy(Finding::target,
                    Collectors.mapping(Finding::threatId, Collectors.toList())));
            threatsByTarget.forEach((target, threats) -> {
                assertThat(threats).as("threats on " + target).doesNotHaveDuplicates();
                SAME_MEANING.forEach(pair -> assertThat(threats.containsAll(pair))
                        .as("threats on " + target + " that mean the same: " + pair).isFalse());
            });
        }));
    }
}
