package dev.vigil.analysis;

import dev.vigil.knowledge.TechnologyDef;

import dev.vigil.engine.RuleBase;
import dev.vigil.engine.RuleBaseCache;
import dev.vigil.engine.RuleBaseException;
import dev.vigil.engine.RuleBaseLoader;
import dev.vigil.engine.SessionLimits;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.ModelLoader;

import java.nio.file.Path;
import java.util.List;

/** A knowledge base and a rule base compiled against it, ready to load and analyse models. */
public record Workspace(KnowledgeBase kb, RuleBase rules, ModelLoader loader, Analyzer analyzer) {

    public static Workspace open(List<Path> ruleDirs, Path knowledgeDir, Limits limits, SessionLimits sessionLimits,
                                 ScenarioLimits scenarioLimits) throws InvalidInputException, RuleBaseException {
        return open(ruleDirs, knowledgeDir, null, limits, sessionLimits, scenarioLimits);
    }

    /** The same, with the rule base taken from (or put in) a cache of compiled rule bases when one is given. */
    public static Workspace open(List<Path> ruleDirs, Path knowledgeDir, RuleBaseCache cache, Limits limits, SessionLimits sessionLimits,
                                 ScenarioLimits scenarioLimits) throws InvalidInputException, RuleBaseException {
        KnowledgeBase kb = KnowledgeBase.load(knowledgeDir);
        RuleBaseLoader loader = new RuleBaseLoader(kb);
        RuleBase rules = cache == null ? loader.load(ruleDirs, knowledgeDir) : loader.load(ruleDirs, knowledgeDir, cache);
        return new Workspace(kb, rules, new ModelLoader(withRules(kb, rules), limits), new Analyzer(rules, kb, sessionLimits, scenarioLimits));
    }

    /**
     * This workspace for a what-if: analyses as if these mitigations were in place.
     *
     * @throws IllegalArgumentException naming an unknown mitigation, with the closest known id
     */
    public Workspace assuming(List<String> mitigationIds) {
        return new Workspace(kb, rules, loader, analyzer.assuming(mitigationIds));
    }

    /** This workspace in the audit mode when {@code risky}: unknowns count as risky ({@code --unknown-as risky}). */
    public Workspace unknownAsRisky(boolean risky) {
        return new Workspace(kb, rules, loader, analyzer.unknownAsRisky(risky));
    }

    /** The knowledge base's vocabulary plus the rule ids, so that a model's assumptions are checked when it is loaded. */
    private static dev.vigil.model.io.ModelVocabulary withRules(KnowledgeBase kb, RuleBase rules) {
        java.util.Map<String, String> threatRules = new java.util.HashMap<>();
        rules.rules().forEach(r -> threatRules.put(r.id(), r.threat() == null ? "" : r.threat()));
        java.util.Map<String, String> frozen = java.util.Map.copyOf(threatRules);
        return new dev.vigil.model.io.ModelVocabulary() {
            @Override
            public java.util.Map<String, java.util.Set<String>> vocabularies() {
                return kb.vocabularies();
            }

            @Override
            public List<String> attributesOf(String technology) {
                return kb.attributesOf(technology);
            }

            @Override
            public String ownershipOf(String technology) {
                TechnologyDef t = kb.technologies().get(technology);
                return t == null ? null : t.ownership();
            }

            @Override
            public java.util.Map<String, String> threatRules() {
                return frozen;
            }
        };
    }

    /** This workspace with the rules the settings file disables switched off. */
    public Workspace withSettings(java.nio.file.Path settingsFile) throws InvalidInputException {
        return new Workspace(kb, rules, loader, analyzer.with(SettingsLoader.load(settingsFile, rules)));
    }
}
