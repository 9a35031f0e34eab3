package dev.vigil.server;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.Ask;

import dev.vigil.model.io.InvalidInputException;
import dev.vigil.questionnaire.AnswerException;
import dev.vigil.questionnaire.AnswersFile;
import dev.vigil.questionnaire.Assessment;
import dev.vigil.questionnaire.Consultation;
import dev.vigil.questionnaire.GivenAnswer;
import dev.vigil.report.JsonReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Assessments over HTTP. The server keeps no session between requests: each request replays the
 * stored answers into a fresh consultation (the same answers-file format as {@code vigil assess
 * --save}), so any server instance can serve any request and a restart loses nothing. Writes carry
 * the version they were made against (If-Match): a stale one is refused with 412, a lost race with 409.
 */
@Service
final class Assessments {

    /** What a client sees of an assessment: progress, the next question, the answers in force. */
    record View(String id, String name, int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
                String updatedBy, Consultation.Progress progress, NextQuestion next, List<AnswerView> answers, List<String> contributors) {
    }

    /** The question to ask now, with what an answer may be. */
    record NextQuestion(String key, String question, String item, String text, String help, String type, boolean required,
                        boolean allowsUnknown, Map<String, String> choices) {
    }

    /** An answer in force, with who gave it and when (null for answers stored before the answer log). */
    record AnswerView(String key, List<String> values, String givenBy, OffsetDateTime givenAt) {
    }

    /** Most characters in one comment. */
    static final int MAX_COMMENT = 10_000;

    private final WorkspaceHolder workspaces;
    private final AssessmentStore store;
    private final SignOffStore signOffs;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Semaphore running;
    private final int perTeam;
    private final Contributions contributions;

    Assessments(WorkspaceHolder workspaces, AssessmentStore store, SignOffStore signOffs, AuditLog audit, TransactionTemplate tx, Clock clock,
                Semaphore running, ServerProperties properties, Contributions contributions) {
        this.workspaces = workspaces;
        this.store = store;
        this.signOffs = signOffs;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.running = running;
        this.perTeam = properties.maxAssessmentsPerTeam();
        this.contributions = contributions;
    }

    View create(Caller caller, String name, List<String> ignoredFields) {
        if (store.count(caller.team()) >= perTeam) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Quota reached", "your team keeps " + perTeam
                    + " assessments, the most allowed (vigil.server.max-assessments-per-team); delete finished ones or raise the limit");
        }
        String answers = withAssessment(null, (a, ws) -> AnswersFile.write(a.consultation()));
        String id = tx.execute(status -> {
            String newId = store.insert(caller, name, answers, ServerBeans.utcNow(clock));
            audit.record(caller, "assessment.create", newId, name + (ignoredFields.isEmpty() ? "" : "; ignored fields " + ignoredFields));
            return newId;
        });
        return view(caller, id);
    }

    View view(Caller caller, String id) {
        AssessmentStore.Stored s = find(caller, id);
        Map<String, Contributions.Given> given = contributions.latest(id);
        List<String> contributors = contributions.contributors(id);
        return withAssessment(s.answers(), (a, ws) -> toView(s, a.consultation(), given, contributors));
    }

    List<AssessmentStore.Stored> list(Caller caller) {
        return store.list(caller.team());
    }

    /** Answers (or, with null values, withdraws the answer to) one question, if the assessment is still at that version. */
    View answer(Caller caller, String id, int expectedVersion, String key, List<String> values) {
        AssessmentStore.Stored s = find(caller, id);
        if (s.version() != expectedVersion) {
            throw stale(s.version(), expectedVersion);
        }
        String[] parts = split(key);
        String answers = withAssessment(s.answers(), (a, ws) -> {
            try {
                if (values == null) {
                    a.consultation().clear(key);
                } else {
                    a.consultation().answer(parts[0], parts[1], values);
                }
            } catch (AnswerException e) {
                throw ApiException.badRequest(e.getMessage());
            } catch (SessionLimitException e) {
                throw limit(e);
            }
            return AnswersFile.write(a.consultation());
        });
        tx.executeWithoutResult(status -> {
            OffsetDateTime now = ServerBeans.utcNow(clock);
            if (!store.update(caller, id, expectedVersion, answers, now)) {
                throw new ApiException(HttpStatus.CONFLICT, "Conflict", "another write to this assessment came first; GET it again and retry");
            }
            contributions.answered(id, key, values, caller, now);
            audit.record(caller, values == null ? "assessment.clear" : "assessment.answer", id, key);
        });
        return view(caller, id);
    }

    /** The threat model of the answers so far, analysed; open required questions go in as facts; the report names who contributed. */
    String findings(Caller caller, String id, AnalysisStore.Format format) {
        List<String> contributors = contributions.contributors(id);
        return analysed(caller, id, x -> {
            ObjectNode assessment = x.tree().putObject("assessment");
            assessment.put("id", id).put("name", x.stored().name());
            contributors.forEach(assessment.putArray("contributors")::add);
            return Analyses.render(x.workspace(), x.analysis(), x.tree(), format);
        });
    }

    /** Leaves a comment on a question of the assessment (any question of the questionnaire, asked yet or not). */
    Contributions.Comment comment(Caller caller, String id, String question, String text) {
        find(caller, id);
        String[] parts = split(question == null ? "" : question);
        WorkspaceHolder.State state = workspaces.state();
        if (state.questionnaire() == null || !state.questionnaire().has(parts[0])) {
            throw ApiException.badRequest("there is no question '" + question + "'; use a key from GET /api/assessments/" + id
                    + " (question or question[item])");
        }
        if (text == null || text.isBlank() || text.length() > MAX_COMMENT) {
            throw ApiException.badRequest("a comment needs a text of 1 to " + MAX_COMMENT + " characters");
        }
        OffsetDateTime now = ServerBeans.utcNow(clock);
        long commentId = tx.execute(status -> {
            long newId = contributions.comment(id, question, text, caller, now);
            audit.record(caller, "assessment.comment", id, question);
            return newId;
        });
        return new Contributions.Comment(commentId, question, text, caller.name(), now);
    }

    List<Contributions.Comment> comments(Caller caller, String id) {
        find(caller, id);
        return contributions.comments(id);
    }

    /** The model the answers describe, as YAML that {@code vigil analyze} and POST /api/analyses accept. */
    String exportModel(Caller caller, String id) {
        AssessmentStore.Stored s = find(caller, id);
        return withAssessment(s.answers(), (a, ws) -> a.exportModel());
    }

    /**
     * Signs off the assessment as it is at {@code expectedVersion}: the decision maker, the time,
     * the rule base, the risk numbers and the report are recorded; the next review compares with it.
     */
    SignOffStore.SignOff signOff(Caller caller, String id, int expectedVersion, String note) {
        return analysed(caller, id, x -> {
            if (x.stored().version() != expectedVersion) {
                throw stale(x.stored().version(), expectedVersion);
            }
            JsonNode summary = x.tree().path("summary");
            SignOffStore.SignOff s = new SignOffStore.SignOff(null, expectedVersion, caller.name(), ServerBeans.utcNow(clock), note,
                    x.analysis().ruleBaseVersion(), summary.path("findings").asInt(), summary.path("totalRisk").asInt(),
                    summary.path("residualRisk").asInt(), summary.path("exceedingAppetite").asInt());
            String signOffId = tx.execute(status -> {
                String newId = signOffs.insert(caller, id, s, JsonReport.render(x.tree()));
                audit.record(caller, "assessment.signoff", id, "version " + expectedVersion + ", residual risk " + s.residualRisk()
                        + ", rule base " + s.ruleBase());
                return newId;
            });
            return new SignOffStore.SignOff(signOffId, s.assessmentVersion(), s.signedBy(), s.signedAt(), s.note(), s.ruleBase(),
                    s.findings(), s.totalRisk(), s.residualRisk(), s.exceedingAppetite());
        });
    }

    List<SignOffStore.SignOff> signOffs(Caller caller, String id) {
        find(caller, id);
        return signOffs.list(caller.team(), id);
    }

    /** What changed since the last sign-off: its report against the analysis of the answers now. */
    ResponseEntity<String> review(Caller caller, String id, String format) {
        Diffs.checkFormat(format);
        find(caller, id);
        String[] last = signOffs.lastReport(caller.team(), id).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "Not signed off",
                "assessment '" + id + "' has no sign-off to review against yet; an acceptor signs it off first"));
        return analysed(caller, id, x -> Diffs.answer("signoff:" + last[0], "now", JsonReport.mapper().readTree(last[1]), x.tree(),
                LocalDate.now(clock), format));
    }

    /** An assessment analysed: what was stored, the workspace it ran on, the analysis and its JSON report. */
    private record Analysed(AssessmentStore.Stored stored, Workspace workspace, Analysis analysis, ObjectNode tree) {
    }

    /** Analyses the answers so far and applies {@code use} while the consultation is still open. */
    private <T> T analysed(Caller caller, String id, Function<Analysed, T> use) {
        AssessmentStore.Stored s = find(caller, id);
        return withAssessment(s.answers(), (a, ws) -> {
            Analysis analysis = Analyses.bounded(running, () -> {
                try {
                    return a.analyze(s.name(), Analyses.DEFAULT_APPETITE);
                } catch (InvalidInputException e) {
                    // the answers build a model the loader refuses: a questionnaire defect, told as it is
                    throw new ApiException(HttpStatus.CONFLICT, "No model yet", "the answers so far do not make a valid model: "
                            + e.problems().get(0).message());
                }
            });
            return use.apply(new Analysed(s, ws, analysis, new JsonReport(ws.kb()).build(analysis)));
        });
    }

    void delete(Caller caller, String id) {
        tx.executeWithoutResult(status -> {
            if (!store.delete(caller.team(), id)) {
                throw ApiException.notFound("assessment", id);
            }
            audit.record(caller, "assessment.delete", id, null);
        });
    }

    private AssessmentStore.Stored find(Caller caller, String id) {
        return store.find(caller.team(), id).orElseThrow(() -> ApiException.notFound("assessment", id));
    }

    /** Opens a consultation on the current rule base with these answers replayed (null: none) and applies {@code use} to it and that workspace. */
    private <T> T withAssessment(String answers, BiFunction<Assessment, Workspace, T> use) {
        WorkspaceHolder.State state = workspaces.state();
        if (state.workspace() == null) {
            throw ApiException.noRuleBase();
        }
        try (Assessment a = new Assessment(state.workspace(), state.questionnaire(), SessionLimits.DEFAULT)) {
            if (answers != null) {
                AnswersFile.replay("stored answers", answers.getBytes(StandardCharsets.UTF_8), a.consultation());
            }
            return use.apply(a, state.workspace());
        } catch (InvalidInputException e) {
            // the rules or questionnaire changed since the answers were given
            throw new ApiException(HttpStatus.CONFLICT, "Answers no longer fit", "the stored answers do not fit the questionnaire in use: "
                    + e.problems().get(0).message());
        } catch (SessionLimitException e) {
            throw limit(e);
        }
    }

    private static ApiException stale(int version, int expected) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "Stale version", "the assessment is at version " + version
                + ", not " + expected + ": someone else changed it meanwhile; GET it again and retry");
    }

    private static ApiException limit(SessionLimitException e) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Assessment stopped", e.getMessage());
    }

    private static View toView(AssessmentStore.Stored s, Consultation c, Map<String, Contributions.Given> given, List<String> contributors) {
        Ask ask = c.next(Set.of());
        NextQuestion next = ask == null ? null : new NextQuestion(ask.key(), ask.question(), ask.item(), c.text(ask), c.help(ask.question()),
                c.type(ask.question()), c.required(ask.question()), c.allowsUnknown(ask.question()), c.choices(ask.question()));
        List<AnswerView> answers = c.active().stream().map(g -> {
            Contributions.Given by = given.get(g.key());
            return new AnswerView(g.key(), g.values(), by == null ? null : by.by(), by == null ? null : by.at());
        }).toList();
        return new View(s.id(), s.name(), s.version(), s.createdAt(), s.createdBy(), s.updatedAt(), s.updatedBy(), c.progress(), next, answers,
                contributors);
    }

    /** "question" or "question[item]" → question and item ("" when there is none). */
    private static String[] split(String key) {
        int open = key.indexOf('[');
        if (open < 0) {
            return new String[] {key, ""};
        }
        if (!key.endsWith("]") || open == 0) {
            throw ApiException.badRequest("'" + key + "' is not a question key: write question or question[item]");
        }
        return new String[] {key.substring(0, open), key.substring(open + 1, key.length() - 1)};
    }

}
