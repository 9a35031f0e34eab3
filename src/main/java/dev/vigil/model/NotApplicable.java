package dev.vigil.model;

/**
 * What a threat rule inserts instead of a {@link Threat} when an {@link Assumption} of the model
 * says the rule does not apply to that target: rules that build on threats never match it.
 */
public record NotApplicable(String ruleId, String threatId, String target) {

    /** The id the finding would have had: rule id @ target id. */
    public String id() {
        return ruleId + "@" + target;
    }
}
