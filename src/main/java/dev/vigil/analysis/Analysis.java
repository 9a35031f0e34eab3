package dev.vigil.analysis;

import dev.vigil.engine.RulePack;
import dev.vigil.engine.SessionResult;
import dev.vigil.model.io.LoadedModel;

import java.util.List;
import java.util.Optional;

/** Everything one analysis found, with the session it came from (for explanations). */
public record Analysis(LoadedModel source, String ruleBaseVersion, List<RulePack> packs,
                       List<Settings.DisabledRule> disabledRules, List<Finding> findings, List<Scenario> scenarios,
                       ScenarioTruncation scenariosTruncated, ScenarioLimits scenarioLimits, FixPlan plan,
                       AcceptanceReview acceptances, SessionResult session, ModelIndex index, AssumptionReview notApplicable,
                       WhatIf whatIf) {

    /** Findings the owner has not accepted (or whose acceptance expired): what gates and rankings count. */
    public List<Finding> unaccepted() {
        return findings.stream().filter(f -> !acceptances.isAccepted(f.id())).toList();
    }

    public Optional<Finding> finding(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
