package dev.vigil.batch;

import dev.vigil.analysis.Acceptance;
import dev.vigil.analysis.AcceptanceLoader;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.report.JsonReport;
import dev.vigil.report.MarkdownReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Analyses many models in parallel on one shared rule base. Each model's reports are written as
 * soon as it is done (atomically), and only a small {@link ModelOutcome} is kept, so memory stays
 * bounded. With resume, a model whose existing report was made from the same bytes by the same
 * rule base, settings and appetite is parsed (cheap) but not analysed again (models with
 * acceptances are always analysed again, since their outcome depends on the day). Outcomes are ordered by input name, so
 * nothing depends on the thread count.
 */
public final class BatchRunner {

    private final Workspace workspace;
    private final Severity appetite;
    private final Path out;
    private final int threads;
    private final boolean resume;
    private java.time.LocalDate today = java.time.LocalDate.now();
    private final JsonReport json;
    private final MarkdownReport markdown;

    public BatchRunner(Workspace workspace, Severity appetite, Path out, int threads, boolean resume) {
        this.workspace = workspace;
        this.appetite = appetite;
        this.out = out;
        this.threads = threads;
        this.resume = resume;
        this.json = new JsonReport(workspace.kb());
        this.markdown = new MarkdownReport(json);
    }

    /** Judges acceptances on this day instead of today (reproducible batches). */
    public BatchRunner asOf(java.time.LocalDate day) {
        this.today = day;
        return this;
    }

    public List<ModelOutcome> run(List<BatchInput> inputs, Progress progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigil-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ModelOutcome>> futures = new ArrayList<>();
            for (BatchInput input : inputs) {
                futures.add(pool.submit(() -> {
                    ModelOutcome o = analyse(input);
                    progress.finished(o);
                    return o;
                }));
            }
            List<ModelOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), inputs.get(i)));
            }
            outcomes.sort(Comparator.comparing(ModelOutcome::input));
            return outcomes;
        } finally {
            pool.shutdownNow();
            progress.end();
        }
    }

    private static ModelOutcome await(Future<ModelOutcome> f, BatchInput input) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return ModelOutcome.failed(input.name(), "error", String.valueOf(e.getCause()));
        }
    }

    private ModelOutcome analyse(BatchInput input) {
        Path jsonFile = out.resolve(input.reportBase() + ".vigil.json");
        try {
            LoadedModel model = workspace.loader().load(input.file());
            List<Acceptance> acceptances = AcceptanceLoader.forModel(input.file(), null);
            if (resume && acceptances.isEmpty()) {
                ModelOutcome reused = reuse(input, model, jsonFile);
                if (reused != null) {
                    return reused;
                }
            }
            Analysis analysis = workspace.analyzer().analyze(model, appetite, acceptances, today);
            ObjectNode tree = json.build(analysis);
            AtomicFiles.write(out.resolve(input.reportBase() + ".vigil.md"), o -> markdown.write(analysis, tree, o));
            AtomicFiles.write(jsonFile, o -> JsonReport.write(tree, o));
            return Outcomes.of(input.name(), tree, false);
        } catch (InvalidInputException e) {
            return ModelOutcome.failed(input.name(), "invalid", String.join("; ", e.problems().stream().limit(5)
                    .map(Object::toString).toList()) + (e.problems().size() > 5 ? "; … " + (e.problems().size() - 5) + " more" : ""));
        } catch (SessionLimitException e) {
            return ModelOutcome.failed(input.name(), "limit", e.getMessage());
        } catch (IOException e) {
            return ModelOutcome.failed(input.name(), "error", "cannot write its report: " + e.getMessage());
        }
    }

    /** The mitigations a report was computed as if in place (a what-if), in order; empty for a plain report. */
    private static List<String> assumedIn(JsonNode report) {
        List<String> ids = new java.util.ArrayList<>();
        report.path("whatIf").path("assumedMitigations").forEach(m -> ids.add(m.path("mitigation").asString("")));
        return ids;
    }

    /**
     * The outcome from an existing report, when it was made from these bytes with this rule base,
     * settings and effective appetite; else null.
     */
    private ModelOutcome reuse(BatchInput input, LoadedModel model, Path jsonFile) {
        try {
            if (!Files.isRegularFile(jsonFile) || !Files.isRegularFile(out.resolve(input.reportBase() + ".vigil.md"))) {
                return null;
            }
            String own = model.model().system().riskAppetite();
            String effective = own == null ? appetite.label() : own;
            JsonNode report = JsonReport.mapper().readTree(jsonFile.toFile());
            boolean same = report.path("model").path("sha256").asString("").equals(model.sha256())
                    && report.path("vigil").equals(JsonReport.producer(workspace.rules().version(), workspace.rules().packs(),
                    workspace.analyzer().settings().disabledRules()))
                    && report.path("summary").path("riskAppetite").asString("").equals(effective)
                    && assumedIn(report).equals(workspace.analyzer().assumedMitigations())
                    && report.path("summary").path("unknownAs").asString("").equals(workspace.analyzer().unknownAsRisky() ? "risky" : "question");
            return same ? Outcomes.of(input.name(), report, true) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

}
