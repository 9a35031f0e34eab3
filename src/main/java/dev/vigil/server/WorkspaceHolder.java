package dev.vigil.server;

import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleBaseCache;
import dev.vigil.engine.RuleBaseException;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.questionnaire.Questionnaire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace (catalogs and compiled rule base) the server analyses with, and the questionnaire
 * its assessments ask. It is opened when the
 * server starts, from the rule cache when it can be, so a restart costs about a second; a reload
 * that fails keeps the running workspace and its errors for {@code /api/rules/version} and health.
 * The server starts even when no rule base is valid: it then reports DOWN and refuses analyses.
 */
@Component
final class WorkspaceHolder {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceHolder.class);

    /** The state one reload leaves: the workspace in use (null: none valid yet), its questionnaire and the last errors. */
    record State(Workspace workspace, Questionnaire questionnaire, Instant loadedAt, Instant lastAttempt, List<String> lastErrors) {
    }

    private final ServerProperties properties;
    private final Clock clock;
    private volatile State state = new State(null, null, null, null, List.of("the rule base has not been loaded yet"));

    WorkspaceHolder(ServerProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        reload();
    }

    State state() {
        return state;
    }

    /** The workspace in use, or null while no valid rule base has been loaded. */
    Workspace current() {
        return state.workspace();
    }

    /** Opens the workspace again from the rule and knowledge folders; on failure the old one stays. */
    synchronized State reload() {
        Instant now = clock.instant();
        List<String> errors = new ArrayList<>();
        try {
            RuleBaseCache cache = properties.ruleCache() == null ? null
                    : new RuleBaseCache(properties.ruleCache(), w -> LOG.warn("rule cache: {}", w));
            Workspace ws = Workspace.open(properties.rules(), properties.knowledge(), cache, limits(), SessionLimits.DEFAULT,
                    ScenarioLimits.DEFAULT);
            Questionnaire questionnaire = Questionnaire.load(properties.knowledge());
            state = new State(ws, questionnaire, now, now, List.of());
            LOG.info("rule base {} loaded: {} rules", ws.rules().version(), ws.rules().rules().size());
            return state;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.add("knowledge base: " + p)); // catalogs or questionnaires
        } catch (RuleBaseException e) {
            errors.addAll(e.messages());
        } catch (RuntimeException e) {
            // a folder that vanished or cannot be read: report it, keep serving with what we have
            errors.add(String.valueOf(e.getMessage()));
        }
        State old = state;
        state = new State(old.workspace(), old.questionnaire(), old.loadedAt(), now, List.copyOf(errors));
        LOG.warn("rule base not loaded ({} errors); {}", errors.size(),
                old.workspace() == null ? "no valid rule base: analyses are refused" : "keeping " + old.workspace().rules().version());
        return state;
    }

    private Limits limits() {
        return new Limits(properties.maxBodyBytes(), Limits.DEFAULT.maxDepth(), Limits.DEFAULT.maxNodes(), Limits.DEFAULT.maxElements());
    }
}
