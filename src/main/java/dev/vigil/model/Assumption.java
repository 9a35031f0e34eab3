package dev.vigil.model;

/**
 * A threat rule that does not apply to an element, and why: the team has checked that the threat
 * cannot happen there (not a risk it accepts — an accepted risk stays a finding). The analysis
 * raises no finding for it; the report lists it under "Not applicable".
 */
@Doc("A threat rule that does not apply to an element (or to any element), with the reason. Not a risk acceptance: "
        + "the rule raises no finding there at all, and the report lists the assumption under \"Not applicable\".")
public record Assumption(
        @Required @Doc("Id of a rule that raises a threat (see vigil rules list).") String rule,
        @Required @Doc("Id of the model element the rule does not apply to, or * for every element.") String target,
        @Required @Doc("Why the threat cannot happen there.") String reason,
        @Doc("Who made the assumption.") String by) {

    public static final String EVERY_TARGET = "*";

    /** True when this assumption takes the rule's threat against the target out of the analysis. */
    public boolean covers(String ruleId, String targetId) {
        return rule.equals(ruleId) && (target.equals(EVERY_TARGET) || target.equals(targetId));
    }
}
