package dev.vigil.model;

/** A threat raised by a rule against a model element; its id is stable: rule id @ target id. */
public record Threat(String ruleId, String threatId, String target) {

    public String id() {
        return ruleId + "@" + target;
    }
}
