package dev.vigil.engine;

import dev.vigil.model.AnalysisMode;
import dev.vigil.model.Ask;
import dev.vigil.model.Assumption;
import dev.vigil.model.Derived;
import dev.vigil.model.InPlace;
import dev.vigil.model.Link;
import dev.vigil.model.LinkGraph;
import dev.vigil.model.NotApplicable;
import dev.vigil.model.OutOfScope;
import dev.vigil.model.Reach;
import dev.vigil.model.ReachFrom;
import dev.vigil.model.RiskFactor;
import dev.vigil.model.ScenarioSeed;
import dev.vigil.model.Threat;
import dev.vigil.model.Unanswered;
import dev.vigil.model.Unstated;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * What rule consequences insert, built from the firing rule's own metadata so that an id or
 * catalog reference is written once, in the rule's annotations. DRL imports these statically:
 * {@code insertLogical(raise(drools, $c.id()));}
 */
public final class Emit {

    private Emit() {
    }

    /**
     * The firing rule. Why {@code Object}: a consequence's {@code drools} is a RuleContext when DRL is
     * compiled as such and an {@code org.drools.model.Drools} (whose implementation is also a
     * RuleContext) in the executable model the start-up cache holds; one signature serves both.
     */
    private static RuleContext context(Object drools) {
        if (drools instanceof RuleContext rule) {
            return rule;
        }
        throw new IllegalArgumentException("Emit functions take the consequence's `drools` variable, not " + drools);
    }

    /**
     * A threat against the target, for a rule with {@code @threatId} — or, when an {@link Assumption}
     * of the model says the rule does not apply to that target, a {@link NotApplicable} in its place,
     * and when the target is out of scope, an {@link OutOfScope}.
     * <p>
     * Why here, inside the session, and not by dropping findings afterwards: rules build on threats
     * (risk factors, scenario seeds, other threats), and a threat that is never inserted is never
     * matched, so nothing downstream is derived from it. Why not a {@code not Assumption(...)} in
     * every threat rule: that would be one more pattern in 75 rules that authors must not forget.
     * Truth maintenance stays exact: the NotApplicable is inserted logically with the same
     * justification the threat would have had, so it goes when the rule's conditions stop holding.
     * Assumptions are model facts that do not change while a session runs (analyses insert the
     * model once; assessments never state assumptions), so reading them here, rather than matching
     * them in a pattern, cannot miss a change. The class-filtered lookup reads only the assumption
     * facts (Drools keeps a store per class), so it costs nothing for models without assumptions.
     * <p>
     * {@code pending}: what the rule itself read as unknown ({@link #unstated}); the unknowns of the
     * derived facts and threats it matched are added, so a threat built on a fact that rests on an
     * unknown rests on it too. A threat that rests on any unknown is a question to verify, not a
     * confirmed threat, unless the session's {@link AnalysisMode} counts unknowns as risky.
     */
    @SafeVarargs
    public static Object raise(Object drools, String target, List<Unstated>... pending) {
        String ruleId = meta(drools, "id");
        RuleContext rule = context(drools);
        for (Object o : rule.getKieRuntime().getObjects(new org.kie.api.runtime.ClassObjectFilter(Assumption.class))) {
            if (((Assumption) o).covers(ruleId, target)) {
                return new NotApplicable(ruleId, meta(drools, "threatId"), target);
            }
        }
        AnalysisMode mode = mode(rule);
        if (mode.outOfScope().contains(target)) {
            return new OutOfScope(ruleId, meta(drools, "threatId"), target);
        }
        List<Unstated> unknowns = unknowns(rule, true, pending);
        return new Threat(ruleId, meta(drools, "threatId"), target, unknowns, unknowns.isEmpty() || mode.unknownAsRisky());
    }

    /**
     * The properties of the fact that are unknown, among those named (record component names, as
     * {@code encryptedAtRest}): a rule that fires when a property is risky or unknown passes them to
     * {@link #raise}, so the threat is confirmed when the model states the risky value and a question
     * when it does not say. Unknown is null, the text {@code unknown}, or -1 for a number of days.
     */
    public static List<Unstated> unstated(Object fact, String... properties) {
        List<Unstated> out = null;
        for (String p : properties) {
            Object value = Unknowns.read(fact, p);
            if (value == null || "unknown".equals(value) || Integer.valueOf(-1).equals(value)) {
                if (out == null) {
                    out = new ArrayList<>(properties.length);
                }
                out.add(Unknowns.of(fact, p));
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * A control the rule found missing on the element ({@code waf}, {@code edr}, {@code egress-control}
     * …): stated absent when the model says its controls list is complete
     * ({@code system.controls_complete: true}), otherwise unknown, so the finding is a question ("Is
     * Storefront behind a WAF?").
     */
    public static List<Unstated> noControl(Object drools, String element, String control) {
        return statedAbsent(context(drools), control) ? List.of() : List.of(new Unstated("control", element, control));
    }

    /**
     * For a flaw in code on {@code component} that the rule found through {@code attribute}: nothing
     * unknown when the team writes the component's code ({@code custom_code: true}) or the model states
     * the attribute on it (the code path is a statement, not the type's presumption); otherwise the
     * finding rests on whose code it is.
     */
    public static List<Unstated> codeUnknowns(Object drools, dev.vigil.model.Component component, String attribute) {
        if (Boolean.TRUE.equals(component.customCode())) {
            return List.of();
        }
        for (Object o : context(drools).getKieRuntime().getObjects(new org.kie.api.runtime.ClassObjectFilter(dev.vigil.model.StatedAttributes.class))) {
            dev.vigil.model.StatedAttributes s = (dev.vigil.model.StatedAttributes) o;
            if (s.component().equals(component.id()) && s.attributes().contains(attribute)) {
                return List.of();
            }
        }
        return unstated(component, "customCode");
    }

    /** A safeguard attribute ({@code audit-logging}, {@code dmarc-enforced} …) the element lacks: as {@link #noControl}. */
    public static List<Unstated> noSafeguard(Object drools, String element, String attribute) {
        return statedAbsent(context(drools), attribute) ? List.of() : List.of(new Unstated("safeguard", element, attribute));
    }

    /** The model lists its controls in full, or names this one among those the system does not have. */
    private static boolean statedAbsent(RuleContext rule, String control) {
        for (Object o : rule.getKieRuntime().getObjects(new org.kie.api.runtime.ClassObjectFilter(dev.vigil.model.SystemInfo.class))) {
            dev.vigil.model.SystemInfo system = (dev.vigil.model.SystemInfo) o;
            return Boolean.TRUE.equals(system.controlsComplete()) || system.absentControls().contains(control);
        }
        return false;
    }

    /** The session's mode: read once per call like the assumptions (one fact, a store of its own). */
    private static AnalysisMode mode(RuleContext rule) {
        for (Object o : rule.getKieRuntime().getObjects(new org.kie.api.runtime.ClassObjectFilter(AnalysisMode.class))) {
            return (AnalysisMode) o;
        }
        return AnalysisMode.DEFAULT;
    }

    /**
     * The rule's own pending unknowns and those of the derived facts (and, for threats, of the other
     * threats) its match holds, sorted and without repeats so that equal justifications give equal facts.
     */
    @SafeVarargs
    private static List<Unstated> unknowns(RuleContext rule, boolean fromThreats, List<Unstated>... pending) {
        java.util.TreeSet<Unstated> all = null;
        for (List<Unstated> p : pending) {
            if (p != null && !p.isEmpty()) {
                all = all == null ? new java.util.TreeSet<>() : all;
                all.addAll(p);
            }
        }
        for (Object o : rule.getMatch().getObjects()) {
            List<Unstated> inherited = o instanceof Derived d ? d.unknowns()
                    : fromThreats && o instanceof Threat t ? t.unknowns() : List.of();
            if (!inherited.isEmpty()) {
                all = all == null ? new java.util.TreeSet<>() : all;
                all.addAll(inherited);
            }
        }
        return all == null ? List.of() : List.copyOf(all);
    }

    /**
     * A derived classification of the subject, of the kind the rule's {@code @derives} names, resting
     * on the unknowns passed ({@link #unstated}) and on those of the derived facts the rule matched.
     */
    @SafeVarargs
    public static Derived derive(Object drools, String subject, List<Unstated>... pending) {
        return new Derived(meta(drools, "derives"), subject, meta(drools, "id"), unknowns(context(drools), false, pending));
    }

    /**
     * The mitigation the rule's {@code @mitigation} names is in place for the element ({@code *}: the
     * whole system), for the rule's {@code @reason}.
     */
    public static InPlace inPlace(Object drools, String element) {
        return new InPlace(meta(drools, "mitigation"), element, meta(drools, "id"), meta(drools, "reason"));
    }

    /** A link from one element to another, made by the element {@code via}, as hard as {@code cost}. */
    public static Link linkTo(Object drools, String from, String to, String via, int cost) {
        return new Link(from, to, via, meta(drools, "id"), cost);
    }

    /** All links as one adjacency, for the reachability walks. */
    public static LinkGraph graphOf(Object drools, java.util.List<?> links) {
        java.util.Map<String, java.util.List<String>> next = new java.util.HashMap<>();
        for (Object o : links) {
            Link l = (Link) o;
            next.computeIfAbsent(l.from(), k -> new java.util.ArrayList<>()).add(l.to());
        }
        return new LinkGraph(next, links.size(), meta(drools, "id"));
    }

    /**
     * Everything reachable from the entry point over the link graph, as one fact; the origin itself
     * is left out. The graph answers from its strongly connected components, so this is no walk.
     */
    public static Reach reachOf(Object drools, String origin, LinkGraph graph) {
        return new Reach(origin, graph.reachOf(origin));
    }

    /** What the subjects of these derived facts reach, together, as one fact for their kind. */
    public static ReachFrom reachFrom(Object drools, String kind, java.util.List<?> derived, LinkGraph graph) {
        java.util.List<String> origins = new java.util.ArrayList<>(derived.size());
        derived.forEach(d -> origins.add(((Derived) d).subject()));
        return new ReachFrom(kind, graph.reachedFrom(origins), meta(drools, "id"));
    }

    /** In an assessment: ask the question of the rule's {@code @asks} (about the item, "" for none). */
    public static Ask ask(Object drools, String item) {
        return new Ask(meta(drools, "asks"), item, meta(drools, "id"));
    }

    /** In an assessment: ask this question (for the generic rules that ask many). */
    public static Ask ask(Object drools, String question, String item) {
        return new Ask(question, item, meta(drools, "id"));
    }

    /** In an assessment: a required question that is asked and not answered. */
    public static Unanswered unanswered(Object drools, String question, String item) {
        return new Unanswered(question, item, null);
    }

    /**
     * Moves a finding's likelihood by delta, for the rule's {@code @reason}; it rests on the unknowns
     * passed and on those of the derived facts the rule matched (not on the threat's own).
     */
    @SafeVarargs
    public static RiskFactor likelihood(Object drools, Threat threat, int delta, List<Unstated>... pending) {
        return new RiskFactor(threat.id(), RiskFactor.LIKELIHOOD, delta, meta(drools, "reason"), meta(drools, "id"),
                unknowns(context(drools), false, pending));
    }

    /** Moves a finding's impact by delta, for the rule's {@code @reason}; unknowns as for {@link #likelihood}. */
    @SafeVarargs
    public static RiskFactor impact(Object drools, Threat threat, int delta, List<Unstated>... pending) {
        return new RiskFactor(threat.id(), RiskFactor.IMPACT, delta, meta(drools, "reason"), meta(drools, "id"),
                unknowns(context(drools), false, pending));
    }

    /** The seed of an attack scenario of the rule's {@code @scenario} kind. */
    public static ScenarioSeed scenario(Object drools, String entry, String principal, String target) {
        return new ScenarioSeed(meta(drools, "scenario"), meta(drools, "id"), entry, principal, target, null);
    }

    /** The seed of a scenario that the threat found at its entry point sets off. */
    public static ScenarioSeed scenario(Object drools, Threat trigger, String principal) {
        return new ScenarioSeed(meta(drools, "scenario"), meta(drools, "id"), trigger.target(), principal, null, trigger.threatId());
    }

    private static String meta(Object drools, String key) {
        Object value = context(drools).getRule().getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
