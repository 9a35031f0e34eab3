package dev.vigil.server;

import dev.vigil.analysis.Acceptance;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.report.HtmlReport;
import dev.vigil.report.JsonReport;
import dev.vigil.report.MarkdownReport;
import dev.vigil.report.SarifReport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Analyses a posted model with the team's acceptances in force, renders every report format once
 * and stores them with the input. Analyses are CPU-bound, so only a few run at once (the rest wait
 * briefly, then get 429), and each team has a daily quota: one team's burst cannot starve the server.
 */
@Service
final class Analyses {

    /** The name problems carry for the posted body (there is no file). */
    static final String BODY = "request body";
    static final Severity DEFAULT_APPETITE = Severity.MEDIUM;

    private final WorkspaceHolder workspaces;
    private final AnalysisStore store;
    private final AcceptanceStore acceptances;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Semaphore running;
    private final int perTeamPerDay;

    Analyses(WorkspaceHolder workspaces, AnalysisStore store, AcceptanceStore acceptances, AuditLog audit, TransactionTemplate tx,
             Clock clock, ServerProperties properties, Semaphore running) {
        this.workspaces = workspaces;
        this.store = store;
        this.acceptances = acceptances;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.running = running;
        this.perTeamPerDay = properties.maxAnalysesPerTeamPerDay();
    }

    /** Analyses and stores a model; returns the new analysis' id. */
    String analyse(Caller caller, byte[] body) {
        Workspace ws = workspaces.current();
        if (ws == null) {
            throw ApiException.noRuleBase();
        }
        OffsetDateTime midnight = LocalDate.now(clock).atStartOfDay().atOffset(ZoneOffset.UTC);
        if (store.countSince(caller.team(), midnight) >= perTeamPerDay) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Quota reached", "your team has posted its " + perTeamPerDay
                    + " analyses for today (vigil.server.max-analyses-per-team-per-day); the quota renews at midnight UTC");
        }
        LoadedModel model;
        try {
            model = ws.loader().parse(BODY, body);
        } catch (InvalidInputException e) {
            throw Problems.invalidModel(e.problems());
        }
        String system = model.model().system().id();
        LocalDate today = LocalDate.now(clock);
        List<Acceptance> accepted = acceptances.inForce(caller.team(), system, today);
        Analysis analysis = run(ws, model, accepted, today);
        ObjectNode tree = new JsonReport(ws.kb()).build(analysis);
        JsonNode summary = tree.path("summary");
        JsonNode sev = summary.path("bySeverity");
        AnalysisStore.NewAnalysis row = new AnalysisStore.NewAnalysis(system, model.model().system().name(), analysis.ruleBaseVersion(),
                model.sha256(), new String(body, StandardCharsets.UTF_8), summary.path("findings").asInt(),
                new AnalysisStore.Counts(sev.path("critical").asInt(), sev.path("high").asInt(), sev.path("medium").asInt(),
                        sev.path("low").asInt()),
                summary.path("totalRisk").asInt(), summary.path("residualRisk").asInt(),
                render(ws, analysis, tree, AnalysisStore.Format.JSON), render(ws, analysis, tree, AnalysisStore.Format.MD),
                render(ws, analysis, tree, AnalysisStore.Format.HTML), render(ws, analysis, tree, AnalysisStore.Format.SARIF));
        OffsetDateTime now = ServerBeans.utcNow(clock);
        return tx.execute(status -> {
            String id = store.insert(caller, row, now);
            audit.record(caller, "analysis.create", id, "system " + system + ", " + row.findings() + " findings, rule base "
                    + row.ruleBase());
            return id;
        });
    }

    /** One report of an analysis; {@code tree} is its JSON report, built once for all formats. */
    static String render(Workspace ws, Analysis analysis, ObjectNode tree, AnalysisStore.Format format) {
        JsonReport json = new JsonReport(ws.kb());
        return switch (format) {
            case JSON -> JsonReport.render(tree);
            case MD -> new MarkdownReport(json).render(analysis, tree);
            case HTML -> new HtmlReport(json).render(analysis, tree);
            case SARIF -> new SarifReport(ws.kb(), ws.rules()).render(analysis);
        };
    }

    /** Runs an analysis within the bound on concurrent analyses. */
    static Analysis bounded(Semaphore running, AnalysisCall call) {
        boolean acquired;
        try {
            acquired = running.tryAcquire(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Shutting down", "the server is stopping; try again");
        }
        if (!acquired) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Too many analyses",
                    "the server is running as many analyses as it allows (vigil.server.max-concurrent-analyses); retry shortly");
        }
        try {
            return call.run();
        } catch (SessionLimitException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Analysis stopped",
                    e.getMessage() + "; nothing was stored (split the model, or raise the limits on the server)");
        } finally {
            running.release();
        }
    }

    /** An analysis that may stop at its budget. */
    @FunctionalInterface
    interface AnalysisCall {
        Analysis run() throws SessionLimitException;
    }

    private Analysis run(Workspace ws, LoadedModel model, List<Acceptance> accepted, LocalDate today) {
        return bounded(running, () -> ws.analyzer().analyze(model, DEFAULT_APPETITE, accepted, today));
    }
}
