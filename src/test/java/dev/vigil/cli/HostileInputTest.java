package dev.vigil.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile input corpus (src/test/resources/hostile/ plus a few files generated here because
 * they are large): every invalid file exits 2 naming the file and a location (or the limit it
 * broke), with no stack trace and no report; the valid-but-nasty report-injection models exit 0
 * and their outputs neutralise what they carry. Run it alone with {@code mvn -B test -Dtest=HostileInputTest}.
 */
class HostileInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");

    /** file → what stderr must contain (a location and the message); every file in the corpus must be listed. */
    private static final Map<String, String> INVALID = Map.ofEntries(
            entry("billion-laughs.yaml", "billion-laughs.yaml:1:4: YAML anchors (&a) are not allowed"),
            entry("alias-without-anchor.yaml", "alias-without-anchor.yaml:2:14: YAML aliases (*name) are not allowed"),
            entry("merge-key.yaml", "merge-key.yaml:4:5: YAML anchors (&base) are not allowed"),
            entry("duplicate-key.yaml", "duplicate-key.yaml:3:1: duplicate key 'system' (first at line 1)"),
            entry("duplicate-key-nested.yaml", "duplicate-key-nested.yaml:4:65: duplicate key 'exposure' (first at line 4)"),
            entry("global-tag-script-engine.yaml", "global-tag-script-engine.yaml:3:5: YAML tags (tag:yaml.org,2002:javax.script.ScriptEngineManager) are not allowed"),
            entry("local-tag.yaml", "local-tag.yaml:3:9: YAML tags (tag:attacker.example,2024:System) are not allowed"),
            entry("yaml11-no.yaml", "yaml11-no.yaml:7:55: expected true, false or unknown, got 'no'"),
            entry("yaml11-on.yaml", "yaml11-on.yaml:6:57: expected true, false or unknown, got 'on'"),
            entry("yaml11-octal.yaml", "yaml11-octal.yaml:3:50: '0755' has a leading zero"),
            entry("yaml11-date.yaml", "yaml11-date.yaml:3:73: expected true, false or unknown, got '2024-01-01'"),
            entry("bom.yaml", "bom.yaml:3:28: 'toaster' is not an allowed value"),
            entry("utf16.yaml", "utf16.yaml:1:1: file is UTF-16 text"),
            entry("invalid-utf8.yaml", "invalid-utf8.yaml:3:32: file is not valid UTF-8 text (byte 0xC3 at offset 84)"),
            entry("nul-byte.yaml", "nul-byte.yaml:3:"),
            entry("escaped-nul-in-id.yaml", "escaped-nul-in-id.yaml:1:14: id"),
            entry("empty.yaml", "empty.yaml:1:1: missing required field 'system'"),
            entry("only-comments.yaml", "only-comments.yaml:1:1: missing required field 'system'"),
            entry("multiple-documents.yaml", "multiple-documents.yaml:2:1: more than one YAML document"),
            entry("homoglyph-ids.yaml", "homoglyph-ids.yaml:5:10: id 'w\\u0435b' is not allowed"),
            entry("case-only-duplicate-ids.yaml", "case-only-duplicate-ids.yaml:5:10: id 'Web' differs only in case from 'web'"),
            entry("rtl-override-id.yaml", "rtl-override-id.yaml:4:10: id 'admin\\u202Egpj.exe' is not allowed"),
            entry("path-traversal-id.yaml", "path-traversal-id.yaml:3:19: id '../../etc/passwd'"),
            entry("path-traversal-system-id.yaml", "path-traversal-system-id.yaml:1:14: id '../../../tmp/evil'"),
            entry("zone-cycle.yaml", "zone-cycle.yaml:3:32: zone 'a' is nested inside itself: a → b → c → a"),
            entry("zone-own-parent.yaml", "zone-own-parent.yaml:3:32: zone 'a' is nested inside itself: a → a"),
            entry("number-2000-digits.yaml", "number-2000-digits.yaml:3:50: expected a whole number up to 2147483647"),
            entry("number-2000-digits-as-id.yaml", "number-2000-digits-as-id.yaml:3:19: id"),
            entry("number-exponent.yaml", "number-exponent.yaml:3:50: expected a whole number up to 2147483647"),
            entry("root-is-a-list.yaml", "root-is-a-list.yaml:1:1: expected a mapping of fields"),
            entry("root-is-a-scalar.yaml", "root-is-a-scalar.yaml:1:1: expected a mapping of fields"),
            entry("complex-key.yaml", "complex-key.yaml:1:3: a mapping key must be a plain value"),
            entry("tab-indentation.yaml", "tab-indentation.yaml:2:1: syntax error"),
            entry("unclosed-quote.yaml", "unclosed-quote.yaml:3:1: syntax error"),
            entry("unclosed-flow.yaml", "unclosed-flow.yaml:2:1: syntax error"),
            entry("key-too-long.yaml", "key-too-long.yaml:2:"),
            entry("control-char-id.yaml", "control-char-id.yaml:3:19: id"),
            entry("empty-id.yaml", "empty-id.yaml:3:19: id"),
            entry("wrong-shape.yaml", "wrong-shape.yaml:1:23: expected a text value, got a list"),
            entry("json-unclosed.json", "json-unclosed.json:2:1: syntax error"),
            entry("raw-escape-byte.yaml", "raw-escape-byte.yaml:3:30: the file contains the control character U+001B"),
            entry("yaml11-off-as-exposure.yaml", "yaml11-off-as-exposure.yaml:3:"),
            entry("yaml11-sexagesimal.yaml", "yaml11-sexagesimal.yaml:3:50: expected a whole number up to 2147483647, got '1:30'"),
            entry("json-duplicate-key.json", "json-duplicate-key.json:1:37: duplicate key 'id'"));

    /**
     * Valid models: names that try to inject into the reports or the terminal (analysed, and
     * escaped), and a flow from a component to itself (a loop the attack paths must not follow forever).
     */
    private static final List<String> VALID = List.of("self-flow.yaml", "inject-script.yaml", "inject-markdown-link.yaml",
            "inject-csv-formula.yaml", "inject-csv-formula-plus.yaml", "inject-csv-formula-minus-at.yaml", "inject-ansi-escape.yaml");

    /** Files too large or too repetitive to commit, written at test time: name → what stderr must contain. */
    private static final Map<String, String> GENERATED = Map.of(
            "string-25mb.yaml", "string-25mb.yaml: file is 26214426 bytes, over the limit of 5242880 bytes (raise it with --max-bytes)",
            "deep-lists.yaml", "deep-lists.yaml:1:72: nesting is deeper than the limit of 64 levels",
            "deep-maps.yaml", "deep-maps.yaml:1:261: nesting is deeper than the limit of 64 levels",
            "deep-block.yaml", "deep-block.yaml:1:129: nesting is deeper than the limit of 64 levels",
            "long-string.yaml", "long-string.yaml:1:23: a text value of 200000 characters, over the limit of 100000",
            "long-name.yaml", "long-name.yaml:1:23: name is 10000 characters long, over the limit of 1000 (at system.name)",
            "million-values.yaml", "million-values.yaml:2:",
            "fully-connected.yaml", "fully-connected.yaml: the model has 12321 components, flows, principals, access grants and "
                    + "dependencies, over the limit of 12000 (raise it with --max-elements");

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static CliTest.Result invalidRun;

    /** One run over the whole invalid corpus (a workspace is opened once, not 50 times); each case then reads its own lines. */
    @BeforeAll
    static void analyseTheInvalidCorpus() throws IOException {
        generate(shared);
        List<String> args = new java.util.ArrayList<>(List.of("analyze"));
        new TreeMap<>(INVALID).keySet().forEach(f -> args.add(CORPUS.resolve(f).toString()));
        new TreeMap<>(GENERATED).keySet().forEach(f -> args.add(shared.resolve(f).toString()));
        args.addAll(List.of("--out", shared.resolve("out").toString(), "-q"));
        invalidRun = CliTest.vigil(args.toArray(String[]::new));
    }

    @Test
    void theTableCoversTheWholeCorpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            TreeSet<String> listed = new TreeSet<>(INVALID.keySet());
            listed.addAll(VALID);
            TreeSet<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat((Iterable<String>) present).containsExactlyElementsOf(listed);
        }
    }

    @Test
    void theInvalidCorpusExitsTwoWithoutAStackTraceOrAReport() throws IOException {
        assertThat(invalidRun.exit()).as(invalidRun.err()).isEqualTo(2);
        noStackTrace(invalidRun);
        assertThat(invalidRun.err()).as("terminal output carries no escape characters").doesNotContain("\u001b", "\u009b");
        Path out = shared.resolve("out");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.toList()).as("no report for invalid input").isEmpty();
            }
        }
    }

    static Stream<Arguments> invalid() {
        return Stream.concat(new TreeMap<>(INVALID).entrySet().stream().map(e -> Arguments.of(CORPUS.resolve(e.getKey()), e.getValue())),
                new TreeMap<>(GENERATED).entrySet().stream().map(e -> Arguments.of(Path.of("<generated>", e.getKey()), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidInputIsRefusedWithItsLocation(Path file, String expected) {
        Path actual = file.startsWith("<generated>") ? shared.resolve(file.getFileName()) : file;
        String header = "vigil: " + actual + " is not a valid model (";
        List<String> lines = invalidRun.err().lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(header)).findFirst().orElse(null));
        assertThat(at).as("%s is refused in:%n%s", file, invalidRun.err()).isNotNegative();
        assertThat(lines.get(at)).endsWith("; no report written:");
        String problems = lines.stream().skip(at + 1).takeWhile(l -> l.startsWith("  ")).collect(Collectors.joining("\n"));
        assertThat(problems).contains(actual.getFileName().toString()).contains(expected);
        assertThat(problems).as("every problem has a location").containsPattern(java.util.regex.Pattern.quote(actual.toString())
                + "(:\\d+:\\d+)?: ");
    }

    static void generate(Path dir) throws IOException {
        try (OutputStream o = Files.newOutputStream(dir.resolve("string-25mb.yaml"))) {
            o.write("system: {id: s, name: \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 25; i++) {
                o.write(chunk);
            }
            o.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        Files.writeString(dir.resolve("deep-lists.yaml"), "system: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Files.writeString(dir.resolve("deep-maps.yaml"), "system: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n");
        Files.writeString(dir.resolve("deep-block.yaml"), "- ".repeat(10_000) + "x\n"); // block lists, one inside the next
        Files.writeString(dir.resolve("long-string.yaml"), "system: {id: s, name: \"" + "x".repeat(200_000) + "\"}\n");
        Files.writeString(dir.resolve("long-name.yaml"), "system: {id: s, name: \"" + "N".repeat(10_000) + "\"}\n");
        Files.writeString(dir.resolve("million-values.yaml"), "system: {id: s, name: S}\nx: [" + "1,".repeat(1_000_001) + "1]\n");
        Files.writeString(dir.resolve("fully-connected.yaml"), fullyConnected(111)); // 111 components, 111 × 110 flows
    }

    private static String fullyConnected(int n) {
        StringBuilder yaml = new StringBuilder("system: {id: s, name: S}\nzones: [{id: z, kind: internal}]\ncomponents:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: c").append(i).append(", type: api-service, zone: z}\n");
        }
        yaml.append("flows:\n");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    yaml.append("  - {id: f").append(i).append('-').append(j).append(", from: c").append(i).append(", to: c")
                            .append(j).append(", protocol: https}\n");
                }
            }
        }
        return yaml.toString();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLimitLoweredOnTheCommandLineIsNamed() throws IOException {
        refused(shared.resolve("fully-connected.yaml"), "fully-connected.yaml: the model has 12321", "over the limit of 500",
                "--max-elements", "500");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void validButNastyModelsAreAnalysedAndEscaped() throws IOException {
        Path out = dir.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("analyze"));
        VALID.forEach(f -> args.add(CORPUS.resolve(f).toString()));
        args.addAll(List.of("--out", out.toString(), "--format", "json,md,sarif"));
        CliTest.Result r = CliTest.vigil(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        noStackTrace(r);
        assertThat(r.out() + r.err()).as("terminal output carries no escape characters").doesNotContain("\u001b", "\u009b");
        for (String file : VALID) {
            String name = file.replace(".yaml", "");
            String md = Files.readString(out.resolve(name + ".vigil.md"));
            // a Mermaid label is quoted text, never Markdown: the diagram is checked for what could end the label
            String prose = md.replaceAll("(?s)```mermaid.*?```", "");
            assertThat(md).as(file).doesNotContain("<script", "<img", "\u001b");
            assertThat(prose).as(file).doesNotContainPattern("(?<!\\\\)\\]\\((javascript:|http://attacker)");
            for (String ext : List.of(".vigil.json", ".vigil.sarif")) {
                assertThat(Files.readString(out.resolve(name + ext))).as(file + ext).doesNotContain("\u001b");
            }
        }
    }

    @Test
    void aPathLikeModelNameWritesOnlyInsideOut() throws IOException {
        Path models = Files.createDirectories(dir.resolve("a/b/models"));
        Path model = Files.copy(Path.of("examples/minimal.yaml"), models.resolve("..%2F..%2Fescape.yaml"));
        Path out = dir.resolve("a/b/out");
        CliTest.Result r = CliTest.vigil("analyze", model.toString(), "--out", out.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).filter(p -> !p.startsWith(out) && !p.startsWith(models)).toList()).isEmpty();
        }
        assertThat(out.resolve("..%2F..%2Fescape.vigil.json")).exists();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void resultsDoNotChangeUnderOtherLocalesAndTimeZones() throws IOException {
        Path m = Files.writeString(dir.resolve("turkish.yaml"), Files.readString(Path.of("examples/minimal.yaml"))
                .replace("name: Guestbook\n", "name: \"ISTANBUL İstanbul ıi IDENTITY\"\n").replace("id: app", "id: APP-I")
                .replace("component: app", "component: APP-I").replace("from: app", "from: APP-I"));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String root = analyzeToJson(m, "root");
            // dotless i, Arabic-Indic and Devanagari digits, a comma decimal point; zones far from UTC, one off by half an hour
            String[][] settings = {{"tr-TR", "Europe/Istanbul"}, {"ar-SA", "Pacific/Kiritimati"}, {"hi-IN-u-nu-deva", "America/St_Johns"},
                {"de-DE", "Pacific/Pago_Pago"}, {"th-TH-u-nu-thai-ca-buddhist", "Asia/Kathmandu"}};
            for (String[] s : settings) {
                Locale.setDefault(Locale.forLanguageTag(s[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(s[1]));
                assertThat(analyzeToJson(m, s[0])).as(s[0] + " in " + s[1]).isEqualTo(root);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private String analyzeToJson(Path model, String outName) throws IOException {
        Path out = dir.resolve(outName);
        CliTest.Result r = CliTest.vigil("analyze", model.toString(), "--out", out.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        String json = Files.readString(out.resolve("turkish.vigil.json"));
        return json.replaceAll("\"(generatedAt|elapsedMs|durationMs|analysedAt)\" : [^,\\n]+", "\"$1\" : _");
    }

    /** Analyses {@code model} and asserts exit 2, the expected fragments, no stack trace and no report. */
    private void refused(Path model, String... expectedThenArgs) throws IOException {
        List<String> expected = Stream.of(expectedThenArgs).takeWhile(s -> !s.startsWith("--")).toList();
        List<String> extra = Stream.of(expectedThenArgs).dropWhile(s -> !s.startsWith("--")).toList();
        Path out = dir.resolve("out-" + model.getFileName());
        String[] args = Stream.concat(Stream.of("analyze", model.toString(), "--out", out.toString(), "-q"), extra.stream())
                .toArray(String[]::new);
        CliTest.Result r = CliTest.vigil(args);
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).as(r.err()).contains(model.getFileName().toString()).contains(expected).contains("no report written");
        noStackTrace(r);
        assertThat(r.err()).as("terminal output carries no escape characters").doesNotContain("\u001b", "\u009b");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.toList()).as("no report for invalid input").isEmpty();
            }
        }
    }

    /**
     * With --max-bytes raised past it, the 25 MB string reaches the parser, which refuses it by the
     * value-length limit. This once took 84 s (the YAML reader copied its window for every kilobyte
     * of one long token); the timeout only guards against a return of that, it measures nothing.
     */
    @Test
    void aLongStringPastARaisedSizeLimitIsRefusedByTheValueLimit() {
        CliTest.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> CliTest.vigil("analyze", shared.resolve("string-25mb.yaml").toString(), "--max-bytes", "30000000",
                        "--out", dir.resolve("out").toString(), "-q"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("string-25mb.yaml:1:23: a text value of 26214400 characters, over the limit of 100000");
        noStackTrace(r);
    }

    private static void noStackTrace(CliTest.Result r) {
        for (String text : List.of(r.out(), r.err())) {
            assertThat(text).doesNotContain("Exception", "\tat ", "at dev.vigil", "internal error");
        }
    }
}
