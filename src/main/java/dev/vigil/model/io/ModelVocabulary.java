package dev.vigil.model.io;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The values a model may use that come from the knowledge base. */
public interface ModelVocabulary {

    /** Vocabulary name (as in {@link dev.vigil.model.Vocabulary}) → allowed values. */
    Map<String, Set<String>> vocabularies();

    /** The attributes a component of this technology type has. */
    List<String> attributesOf(String technology);

    /** Who runs a component of this technology type unless the model says (team, third-party, client), or null. */
    default String ownershipOf(String technology) {
        return null;
    }

    /**
     * Rule id → the threat it raises ("" for a rule that derives facts), for checking a model's
     * assumptions when the model is loaded; null when the rule base is not known here (the analysis
     * then reports assumptions that name no threat rule).
     */
    default Map<String, String> threatRules() {
        return null;
    }
}
