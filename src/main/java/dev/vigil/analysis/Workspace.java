package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
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
        KnowledgeBase kb = KnowledgeBase.load(knowledgeDir);
        RuleBase rules = new RuleBaseLoader(kb).load(ruleDirs, knowledgeDir);
        return new Workspace(kb, rules, new ModelLoader(kb, limits), new Analyzer(rules, kb, sessionLimits, scenarioLimits));
    }

    /** This workspace with the rules the settings file disables switched off. */
    public Workspace withSettings(java.nio.file.Path settingsFile) throws InvalidInputException {
        return new Workspace(kb, rules, loader, analyzer.with(SettingsLoader.load(settingsFile, rules)));
    }
}
