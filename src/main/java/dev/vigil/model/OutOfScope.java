package dev.vigil.model;

/**
 * What a threat rule inserts instead of a {@link Threat} when its target is out of scope (its
 * ownership, or its zone's, says so): the element is shown in the model but not analysed itself.
 */
public record OutOfScope(String ruleId, String threatId, String target) {

    public String id() {
        return ruleId + "@" + target;
    }
}
