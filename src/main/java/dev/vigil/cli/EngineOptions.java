package dev.vigil.cli;

import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleBaseCache;
import dev.vigil.engine.RuleBaseException;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the commands that load rules and models. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule folder; repeat to add a team's pack to the bundled rules. Default: the bundled rules.")
    List<Path> rules = new ArrayList<>();

    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file (YAML) that disables rules by id, each with a reason the reports show.")
    Path settings;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time budget of one analysis (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "2000000",
            description = "Rule firings allowed in one analysis (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    @Option(names = "--max-scenario-depth", paramLabel = "N", defaultValue = "6",
            description = "Most links from entry point to target in an attack path, 1 to 32 (default: ${DEFAULT-VALUE}).")
    int maxScenarioDepth;

    @Option(names = "--paths-per-target", paramLabel = "N", defaultValue = "10",
            description = "Attack paths kept per target, the likeliest first (default: ${DEFAULT-VALUE}).")
    int pathsPerTarget;

    @Option(names = "--max-scenarios", paramLabel = "N", defaultValue = "50",
            description = "Attack scenarios kept in all, the riskiest first (default: ${DEFAULT-VALUE}).")
    int maxScenarios;

    @Option(names = "--rule-cache", paramLabel = "DIR",
            description = "Folder of compiled rule bases, reused while rules and catalogs are unchanged "
                    + "(default: $VIGIL_CACHE_DIR, else $XDG_CACHE_HOME/vigil/rulebases, else ~/.cache/vigil/rulebases).")
    Path ruleCache;

    @Option(names = "--no-rule-cache", description = "Compile the rules from source and leave the rule cache alone.")
    boolean noRuleCache;

    List<Path> ruleDirs() {
        return rules.isEmpty() ? List.of(Bundled.rules()) : rules;
    }

    /** The knowledge-base folder in use: --knowledge or the bundled one. */
    Path knowledgeDir() {
        return model.knowledgeDir();
    }

    /** The rule cache in use, or null with --no-rule-cache. */
    RuleBaseCache cache(PrintWriter err) {
        if (noRuleCache) {
            return null;
        }
        return new RuleBaseCache(ruleCache != null ? ruleCache : RuleBaseCache.defaultDir(), w -> err.println("vigil: warning: " + w));
    }

    /** The workspace, or null after printing why it cannot be opened. */
    Workspace open(PrintWriter err) {
        return open(err, cache(err));
    }

    /** The workspace with this rule cache (null: compile the DRL in memory), or null after printing why it cannot be opened. */
    Workspace open(PrintWriter err, RuleBaseCache cache) {
        List<Path> ruleDirs = ruleDirs();
        Path kb = knowledgeDir();
        ScenarioLimits scenarioLimits;
        try {
            scenarioLimits = new ScenarioLimits(maxScenarioDepth, pathsPerTarget, maxScenarios);
        } catch (IllegalArgumentException e) {
            err.println("vigil: " + e.getMessage());
            return null;
        }
        Workspace ws;
        try {
            ws = Workspace.open(ruleDirs, kb, cache, limits(), new SessionLimits(maxFirings, Duration.ofSeconds(timeoutSeconds)),
                    scenarioLimits);
        } catch (InvalidInputException e) {
            err.println("vigil: the knowledge base has problems:");
            e.problems().forEach(p -> err.println("  " + p));
            return null;
        } catch (RuleBaseException e) {
            err.println("vigil: the rules cannot be used:");
            e.messages().forEach(m -> err.println("  " + m));
            return null;
        }
        try {
            return settings == null ? ws : ws.withSettings(settings);
        } catch (InvalidInputException e) {
            err.println("vigil: the settings file has problems:");
            e.problems().forEach(p -> err.println("  " + p));
            return null;
        }
    }

    Limits limits() {
        return model.limits();
    }
}
