package dev.vigil.batch;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Severity;
import dev.vigil.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchTest {

    @TempDir
    Path tmp;

    private Path portfolio() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("portfolio/team-a"));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path e : examples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(e, tmp.resolve("portfolio").resolve(e.getFileName()));
            }
        }
        Files.copy(Path.of("examples/minimal.yaml"), root.resolve("guestbook.yaml"));
        Files.writeString(root.resolve("broken.yaml"), "system: {id: x}\n");
        return tmp.resolve("portfolio");
    }

    private static Map<String, String> contents(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readString(f));
            }
        }
        return out;
    }

    private static List<ModelOutcome> run(Path root, Path out, int threads, boolean resume, List<BatchInput> only) throws Exception {
        BatchRunner runner = new BatchRunner(TestWorkspace.get(), Severity.MEDIUM, out, threads, resume);
        List<BatchInput> inputs = only != null ? only : BatchInputs.of(root);
        List<ModelOutcome> outcomes = runner.run(inputs, new Progress(new PrintWriter(new StringWriter()), Progress.Mode.QUIET, inputs.size()));
        PortfolioSummary summary = new PortfolioSummary(TestWorkspace.get());
        var json = summary.json(outcomes);
        AtomicFiles.write(out.resolve("portfolio.vigil.json"), json.toPrettyString());
        AtomicFiles.write(out.resolve("portfolio.vigil.md"), summary.markdown(json));
        AtomicFiles.write(out.resolve("portfolio.vigil.html"), summary.html(json));
        return outcomes;
    }

    @Test
    void outputDoesNotDependOnTheThreadCount() throws Exception {
        Path root = portfolio();
        run(root, tmp.resolve("one"), 1, false, null);
        Map<String, String> one = contents(tmp.resolve("one"));
        for (int threads : new int[] {2, 8}) {
            run(root, tmp.resolve("t" + threads), threads, false, null);
            assertThat(contents(tmp.resolve("t" + threads))).as(threads + " threads").isEqualTo(one);
        }
        assertThat(one).containsKeys("team-a/guestbook.vigil.json", "shop.vigil.md", "portfolio.vigil.json")
                .doesNotContainKey("team-a/broken.vigil.json");
        assertThat(one.get("portfolio.vigil.json")).contains("\"failed\" : 1", "team-a/broken.yaml", "missing required field 'name'");
        assertThat(one.get("portfolio.vigil.html")).contains("<table class=\"heat\">", "ACME Online Shop", "team-a/broken.yaml",
                "missing required field &#39;name&#39;", "Fixes worth most across the portfolio").doesNotContain("<script");
    }

    @Test
    void aResumedBatchEqualsAnUninterruptedOne() throws Exception {
        Path root = portfolio();
        run(root, tmp.resolve("whole"), 2, false, null);
        List<BatchInput> all = BatchInputs.of(root);
        run(root, tmp.resolve("resumed"), 2, false, all.subList(0, 3));
        List<ModelOutcome> second = run(root, tmp.resolve("resumed"), 2, true, null);
        assertThat(second.stream().filter(ModelOutcome::reused).map(ModelOutcome::input))
                .containsExactlyInAnyOrderElementsOf(all.subList(0, 3).stream().map(BatchInput::name)
                        .filter(n -> !n.endsWith("broken.yaml")).toList());
        assertThat(contents(tmp.resolve("resumed"))).isEqualTo(contents(tmp.resolve("whole")));
    }

    @Test
    void theCommandReportsPartialFailureAndGates() throws Exception {
        Path root = portfolio();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "batch", root.toString(), "--out", tmp.resolve("o").toString(),
                "--rules", "rules", "--knowledge", "knowledge-base", "--threads", "2");
        assertThat(code).isEqualTo(6);
        assertThat(err.toString()).contains("[", "invalid team-a/broken.yaml", "missing required field 'name'");
        Files.delete(root.resolve("team-a/broken.yaml"));
        int gate = Main.run(new PrintWriter(out), new PrintWriter(err), "batch", root.toString(), "--out", tmp.resolve("o").toString(),
                "--rules", "rules", "--knowledge", "knowledge-base", "--resume", "--fail-on", "critical", "-q");
        assertThat(gate).isEqualTo(3);
        int pass = Main.run(new PrintWriter(out), new PrintWriter(err), "analyze", "examples/minimal.yaml", "--out",
                tmp.resolve("a").toString(), "--rules", "rules", "--knowledge", "knowledge-base", "--fail-on", "critical", "-q");
        assertThat(pass).isZero();
    }
}
