package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.engine.RuleInfo;
import dev.vigil.model.Assumption;
import dev.vigil.model.NotApplicable;
import dev.vigil.model.io.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How a model's assumptions applied: for each, the findings it took out of the analysis (ids as
 * they would have been); assumptions that took out nothing come with a warning saying why.
 */
public record AssumptionReview(List<Applied> applied, List<Unmatched> unmatched) {

    public static final AssumptionReview NONE = new AssumptionReview(List.of(), List.of());

    /** An assumption and the findings it excluded (sorted ids). */
    public record Applied(Assumption assumption, List<String> findings) {
    }

    /** An assumption that excluded nothing, and why that may be. */
    public record Unmatched(Assumption assumption, String warning) {
    }

    /** Every excluded finding is credited to each assumption that covers it, so none is reported as unmatched by mistake. */
    static AssumptionReview of(List<Assumption> assumptions, List<NotApplicable> excluded, RuleBase rules, java.util.Set<String> disabled) {
        if (assumptions.isEmpty()) {
            return NONE;
        }
        List<Applied> applied = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (Assumption a : assumptions) {
            TreeSet<String> ids = new TreeSet<>();
            excluded.stream().filter(n -> a.covers(n.ruleId(), n.target())).forEach(n -> ids.add(n.id()));
            if (!ids.isEmpty()) {
                applied.add(new Applied(a, List.copyOf(ids)));
            } else {
                unmatched.add(new Unmatched(a, whyUnmatched(a, rules, disabled)));
            }
        }
        return new AssumptionReview(List.copyOf(applied), List.copyOf(unmatched));
    }

    private static String whyUnmatched(Assumption a, RuleBase rules, java.util.Set<String> disabled) {
        RuleInfo rule = rules.rule(a.rule());
        if (rule == null || rule.threat() == null) {
            // a model loaded without the rule base (a library caller's own ModelLoader) is checked here instead
            TreeSet<String> threatRules = new TreeSet<>();
            rules.rules().stream().filter(r -> r.threat() != null).forEach(r -> threatRules.add(r.id()));
            return (rule == null ? "no rule with id '" + a.rule() + "' exists in this rule base."
                    + Names.didYouMean(a.rule(), threatRules) : "rule '" + a.rule() + "' raises no threat") + "; the assumption excludes nothing";
        }
        if (disabled.contains(a.rule())) {
            return "rule '" + a.rule() + "' is switched off by the settings; the assumption excludes nothing";
        }
        return "rule '" + a.rule() + "' raises no threat against "
                + (Assumption.EVERY_TARGET.equals(a.target()) ? "any element" : "'" + a.target() + "'")
                + " in this model; the assumption excludes nothing (remove it, or check the target)";
    }

    /** Ids of every finding the assumptions took out. */
    public List<String> excludedFindings() {
        TreeSet<String> all = new TreeSet<>();
        applied.forEach(a -> all.addAll(a.findings()));
        return List.copyOf(all);
    }
}
