package dev.vigil.ruletest;

import dev.vigil.model.io.Node;

import java.util.List;

/**
 * One named case: a small model (or, for questionnaire rules, the answers of an assessment: then
 * {@code answers} is the list and {@code given} is empty), the rules that must fire on targets, and
 * those that must not.
 */
public record RuleCase(String file, int line, String name, Node given, Node.Sequence answers, List<Expectation> expect,
                       List<Expectation> expectNone, String todo) {

    /** The case runs as an assessment: answers are replayed instead of a model being loaded. */
    public boolean isAssessment() {
        return answers != null;
    }

    /**
     * A rule and a target; the target may be omitted in expect_none to mean "nowhere". Optionally
     * the finding's severity, and the kind of scenario the finding must be a step of.
     */
    public record Expectation(String rule, String target, String severity, String scenario) {
        @Override
        public String toString() {
            return rule + (target == null ? "" : "@" + target) + (severity == null ? "" : " (" + severity + ")")
                    + (scenario == null ? "" : " in a " + scenario + " scenario");
        }
    }
}
