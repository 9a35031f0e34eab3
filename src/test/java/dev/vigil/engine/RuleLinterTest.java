package dev.vigil.engine;

import dev.vigil.TestWorkspace;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A corpus of malicious and broken rule files (src/test/resources/lint): each must be refused with
 * the message on its first line ({@code // expect: <file>:<line>: <message start>}).
 */
class RuleLinterTest {

    private static final Path CORPUS = Path.of("src/test/resources/lint");

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> everyBadFileIsRefusedWithItsMessage() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (var files = Files.list(CORPUS)) {
            for (Path f : files.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    String text = Files.readString(f);
                    String expected = text.lines().findFirst().orElseThrow().replace("// expect: ", "");
                    Path pack = Files.createDirectories(dir.resolve(f.getFileName().toString().replace(".drl", "")));
                    Files.writeString(pack.resolve(f.getFileName()), text);
                    RuleBaseException e = catchThrowableOfType(RuleBaseException.class,
                            () -> new RuleBaseLoader(TestWorkspace.get().kb()).load(List.of(pack), TestWorkspace.KNOWLEDGE));
                    assertThat(e).as(f + " must be refused").isNotNull();
                    assertThat(e.messages()).as(f.toString()).anySatisfy(m -> assertThat(m).contains(expected));
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests;
    }

    @Test
    void namesInCommentsAndStringsAreFine() {
        List<String> errors = new ArrayList<>();
        new BannedNames("f.drl", 1, "rule 'r'", errors).scan("""
                // Runtime.getRuntime().exec("x")
                /* System.exit(1) */
                String s = "java.io.File and Thread";
                char c = '"';
                insertLogical(raise(drools, $c.id()));
                """);
        assertThat(errors).isEmpty();
    }
}
