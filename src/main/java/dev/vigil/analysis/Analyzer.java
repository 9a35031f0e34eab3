package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.engine.SessionLimits;
import dev.vigil.engine.SessionResult;
import dev.vigil.engine.SessionRunner;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.model.AnalysisMode;
import dev.vigil.model.InPlace;
import dev.vigil.model.Link;
import dev.vigil.model.OutOfScope;
import dev.vigil.model.Derived;
import dev.vigil.model.NotApplicable;
import dev.vigil.model.ScenarioSeed;
import dev.vigil.model.io.LoadedModel;

import java.util.Comparator;
import java.util.List;

/** Runs the layers: rules (derived facts, threats, risk factors, scenario seeds) → risk → scenarios → plan. */
public final class Analyzer {

    private final RuleBase rules;
    private final KnowledgeBase kb;
    private final SessionLimits sessionLimits;
    private final ScenarioLimits scenarioLimits;
    private final Settings settings;
    private final List<String> assumedMitigations;
    private final boolean unknownAsRisky;

    public Analyzer(RuleBase rules, KnowledgeBase kb, SessionLimits sessionLimits, ScenarioLimits scenarioLimits) {
        this(rules, kb, sessionLimits, scenarioLimits, Settings.NONE);
    }

    public Analyzer(RuleBase rules, KnowledgeBase kb, SessionLimits sessionLimits, ScenarioLimits scenarioLimits, Settings settings) {
        this(rules, kb, sessionLimits, scenarioLimits, settings, List.of(), false);
    }

    private Analyzer(RuleBase rules, KnowledgeBase kb, SessionLimits sessionLimits, ScenarioLimits scenarioLimits, Settings settings,
                     List<String> assumedMitigations, boolean unknownAsRisky) {
        this.rules = rules;
        this.kb = kb;
        this.sessionLimits = sessionLimits;
        this.scenarioLimits = scenarioLimits;
        this.settings = settings;
        this.assumedMitigations = assumedMitigations;
        this.unknownAsRisky = unknownAsRisky;
    }

    /**
     * The same analyzer for a what-if: its analyses proceed as if these mitigations were in place
     * (each lowers every finding it addresses; the plan starts from there and never recommends them).
     *
     * @throws IllegalArgumentException naming an unknown mitigation, with the closest known id
     */
    public Analyzer assuming(List<String> mitigationIds) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (String id : mitigationIds) {
            if (kb.mitigation(id) == null) {
                throw new IllegalArgumentException("no mitigation with id '" + id + "' exists."
                        + dev.vigil.model.io.Names.didYouMean(id, kb.mitigations().keySet())
                        + " (the mitigations are in the knowledge base's mitigations catalog; a report's plan names them)");
            }
            ids.add(id);
        }
        return new Analyzer(rules, kb, sessionLimits, scenarioLimits, settings, List.copyOf(ids), unknownAsRisky);
    }

    /** The mitigations this analyzer takes as in place (empty unless it is for a what-if). */
    public List<String> assumedMitigations() {
        return assumedMitigations;
    }

    public Settings settings() {
        return settings;
    }

    /** The same analyzer with rules switched off as the settings say. */
    public Analyzer with(Settings newSettings) {
        return new Analyzer(rules, kb, sessionLimits, scenarioLimits, newSettings, assumedMitigations, unknownAsRisky);
    }

    /**
     * The same analyzer in the audit mode ({@code --unknown-as risky}) when {@code risky}: a threat
     * that rests on properties the model leaves unknown counts as a threat, as if each were the risky
     * value, instead of being a question to verify.
     */
    public Analyzer unknownAsRisky(boolean risky) {
        return new Analyzer(rules, kb, sessionLimits, scenarioLimits, settings, assumedMitigations, risky);
    }

    /** True in the audit mode: unknowns count as risky. */
    public boolean unknownAsRisky() {
        return unknownAsRisky;
    }

    /** Analyses a model; the appetite is the model's own when it states one, else the given default. */
    public Analysis analyze(LoadedModel loaded, Severity defaultAppetite) throws SessionLimitException {
        return analyze(loaded, defaultAppetite, List.of(), null);
    }

    /**
     * Analyses a model with the owner's accepted risks as of {@code today}: accepted findings stay in
     * the report but do not drive the fix plan or count against the appetite.
     */
    public Analysis analyze(LoadedModel loaded, Severity defaultAppetite, List<Acceptance> acceptances, java.time.LocalDate today)
            throws SessionLimitException {
        return analyze(loaded, defaultAppetite, acceptances, today, List.of());
    }

    /** As above, with facts that are not part of the model (an assessment's open questions). */
    public Analysis analyze(LoadedModel loaded, Severity defaultAppetite, List<Acceptance> acceptances, java.time.LocalDate today,
                            List<?> extraFacts) throws SessionLimitException {
        String own = loaded.model().system().riskAppetite();
        Severity appetite = own == null ? defaultAppetite : Severity.parse(own);
        ModelIndex index = new ModelIndex(loaded.model(), loaded.stated());
        java.util.Set<String> disabled = new java.util.HashSet<>();
        settings.disabledRules().forEach(d -> disabled.add(d.id()));
        List<Object> facts = sessionFacts(loaded, kb, unknownAsRisky);
        facts.addAll(extraFacts);
        SessionResult session = new SessionRunner(rules, sessionLimits, disabled).run(facts);
        List<Finding> all = new InPlaceMitigations(kb, index, session.all(InPlace.class))
                .apply(new RiskScorer(kb, index, unknownAsRisky).score(session));
        List<Finding> scored = all.stream().filter(Finding::confirmed).toList();
        List<Finding> questions = all.stream().filter(f -> !f.confirmed()).toList();
        WhatIf whatIf = WhatIf.NONE;
        if (!assumedMitigations.isEmpty()) {
            FixPlanner.Assumed assumed = FixPlanner.assume(kb, assumedMitigations, scored);
            scored = assumed.findings();
            whatIf = assumed.whatIf();
        }
        AssumptionReview notApplicable = AssumptionReview.of(loaded.model().assumptions(), session.all(NotApplicable.class), rules, disabled);
        AcceptanceReview review = acceptances.isEmpty() ? AcceptanceReview.NONE : AcceptanceReview.of(acceptances, scored, today);
        FixPlanner.Result planned = new FixPlanner(kb, appetite, review::isAccepted, java.util.Set.copyOf(assumedMitigations), index::nameOf)
                .plan(scored);
        ScenarioBuilder.Result scenarios = new ScenarioBuilder(rules, kb, index, scenarioLimits)
                .build(seeds(session), session.all(Link.class), session.all(Derived.class), planned.findings());
        List<String> unscoped = session.all(OutOfScope.class).stream().map(OutOfScope::id).sorted().toList();
        return new Analysis(loaded, rules.version(), rules.packs(), settings.disabledRules(), planned.findings(),
                scenarios.scenarios(), scenarios.truncated(), scenarioLimits, planned.plan(), review, session, index,
                notApplicable, whatIf, questions, unknownAsRisky, unscoped);
    }

    /**
     * What a rule session starts from: the model's elements, the analysis mode (how unknowns count,
     * what is out of scope) and the catalog's word on which threats enable which attack steps.
     */
    static List<Object> sessionFacts(LoadedModel loaded, KnowledgeBase kb, boolean unknownAsRisky) {
        dev.vigil.model.SystemModel model = loaded.model();
        List<Object> facts = new java.util.ArrayList<>(model.facts());
        facts.addAll(loaded.stated());
        facts.add(new AnalysisMode(unknownAsRisky, outOfScope(model)));
        facts.addAll(kb.enablers());
        return facts;
    }

    /** The elements no threat is raised against: components the model (or their zone) puts out of scope. */
    private static java.util.Set<String> outOfScope(dev.vigil.model.SystemModel model) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        model.components().stream().filter(c -> "out-of-scope".equals(c.ownership())).forEach(c -> ids.add(c.id()));
        return java.util.Set.copyOf(ids);
    }

    /** The session's scenario seeds in a fixed order, so scenarios never depend on working-memory order. */
    static List<ScenarioSeed> seeds(SessionResult session) {
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        return session.all(ScenarioSeed.class).stream()
                .sorted(Comparator.comparing(ScenarioSeed::kind).thenComparing(ScenarioSeed::entry, nullsFirst)
                        .thenComparing(ScenarioSeed::target, nullsFirst).thenComparing(ScenarioSeed::ruleId)
                        .thenComparing(ScenarioSeed::entryThreat, nullsFirst))
                .toList();
    }
}
