package dev.vigil.ruletest;

import java.util.List;

/**
 * The outcome of one case: passed, failed (with what went wrong and what fired) or skipped (todo),
 * and the ids of the rules that fired (for coverage).
 */
public record CaseResult(RuleCase ruleCase, Status status, List<String> failures, List<String> fired,
                         java.util.Set<String> firedRules) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public String report() {
        StringBuilder sb = new StringBuilder(ruleCase.file() + ":" + ruleCase.line() + ": case '" + ruleCase.name() + "' "
                + status.name().toLowerCase(java.util.Locale.ROOT));
        failures.forEach(f -> sb.append("\n  - ").append(f));
        if (status == Status.FAILED) {
            sb.append("\n  rules that fired (rule@target ← matched facts):");
            fired.forEach(f -> sb.append("\n    ").append(f));
        }
        return sb.toString();
    }
}
