package dev.vigil.analysis;

import dev.vigil.engine.RulePack;
import dev.vigil.engine.SessionResult;
import dev.vigil.model.io.LoadedModel;

import java.util.List;
import java.util.Optional;

/**
 * Everything one analysis found, with the session it came from (for explanations). {@code findings}
 * are the threats (what risk totals, the plan, scenarios and gates count); {@code questions} the
 * findings that rest on properties the model leaves unknown, to verify, ranked by the risk they would
 * carry (empty in the audit mode, {@code unknownAsRisky}, where they count as threats);
 * {@code outOfScope} the finding ids not raised because their target is out of scope.
 */
public record Analysis(LoadedModel source, String ruleBaseVersion, List<RulePack> packs,
                       List<Settings.DisabledRule> disabledRules, List<Finding> findings, List<Scenario> scenarios,
                       ScenarioTruncation scenariosTruncated, ScenarioLimits scenarioLimits, FixPlan plan,
                       AcceptanceReview acceptances, SessionResult session, ModelIndex index, AssumptionReview notApplicable,
                       WhatIf whatIf, List<Finding> questions, boolean unknownAsRisky, List<String> outOfScope) {

    /** Findings the owner has not accepted (or whose acceptance expired): what gates and rankings count. */
    public List<Finding> unaccepted() {
        return findings.stream().filter(f -> !acceptances.isAccepted(f.id())).toList();
    }

    public Optional<Finding> finding(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** A question to verify by its id (a finding id). */
    public Optional<Finding> question(String id) {
        return questions.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
