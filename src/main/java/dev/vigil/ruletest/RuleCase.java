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
     * the finding's severity, the kind of scenario the finding must be a step of, and {@code as}:
     * {@code question} when it must be a question to verify (it rests on something the model leaves
     * unknown), {@code fact} (the default in expect) when it must rest on stated facts alone. In
     * expect_none, without {@code as}, neither may fire.
     */
    public record Expectation(String rule, String target, String severity, String scenario, String as) {

        public static final String QUESTION = "question";
        public static final String FACT = "fact";

        @Override
        public String toString() {
            return rule + (target == null ? "" : "@" + target) + (as == null ? "" : " as a " + as)
                    + (severity == null ? "" : " (" + severity + ")") + (scenario == null ? "" : " in a " + scenario + " scenario");
        }
    }
}
