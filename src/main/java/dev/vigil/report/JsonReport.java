package dev.vigil.report;

import dev.vigil.analysis.Acceptance;
import dev.vigil.analysis.AcceptanceReview;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.AssumptionReview;
import dev.vigil.analysis.Factor;
import dev.vigil.analysis.FactLabels;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.PlanItem;
import dev.vigil.analysis.Risk;
import dev.vigil.analysis.Scenario;
import dev.vigil.analysis.Settings;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Step;
import dev.vigil.analysis.Verification;
import dev.vigil.analysis.WhatIf;
import dev.vigil.engine.RulePack;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.Assumption;
import dev.vigil.model.SystemInfo;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.List;

/**
 * The complete report as a Jackson tree. Everything is ordered (findings by rank, maps by key) and
 * nothing depends on time or environment, so the same inputs give byte-identical output.
 */
public final class JsonReport {

    public static final String FORMAT_VERSION = "1";
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final tools.jackson.databind.ObjectWriter PRETTY = MAPPER.writer().with(new ReportPrettyPrinter());

    private final KnowledgeBase kb;

    public JsonReport(KnowledgeBase kb) {
        this.kb = kb;
    }

    public ObjectNode build(Analysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("vigil", producer(a.ruleBaseVersion(), a.packs(), a.disabledRules()));
        ObjectNode source = root.putObject("model");
        source.put("file", a.source().file().replace('\\', '/'));
        source.put("sha256", a.source().sha256());
        if (a.whatIf().active()) {
            root.set("whatIf", whatIf(a.whatIf()));
        }
        root.set("system", system(a.source().model().system()));
        root.set("summary", summary(a));
        root.set("inventory", InventoryJson.of(a.source().model()));
        FactLabels labels = new FactLabels(a.index());
        Verification verification = new Verification(a.index());
        ArrayNode findings = root.putArray("findings");
        a.findings().forEach(f -> findings.add(finding(f, labels, verification, a.acceptances().accepted().get(f.id()))));
        ArrayNode groups = root.putArray("groups");
        for (dev.vigil.analysis.FindingGroup g : dev.vigil.analysis.FindingGroup.of(a.findings())) {
            ObjectNode x = groups.addObject();
            x.put("rule", g.ruleId());
            x.put("threat", g.threatId());
            x.put("title", g.title());
            x.set("worst", risk(g.worst().risk()));
            strings(x.putArray("targets"), g.targets());
            strings(x.putArray("findings"), g.findings().stream().map(dev.vigil.analysis.Finding::id).toList());
        }
        ArrayNode questions = root.putArray("questions");
        a.questions().forEach(f -> questions.add(finding(f, labels, verification, null)));
        ArrayNode asks = root.putArray("verify");
        for (Verification.Ask ask : verification.asks(a.questions())) {
            ObjectNode x = asks.addObject();
            x.put("question", ask.question().text());
            x.put("answerIn", ask.question().field());
            x.set("risk", risk(ask.risk()));
            strings(x.putArray("findings"), ask.findings());
        }
        ArrayNode scenarios = root.putArray("scenarios");
        a.scenarios().forEach(s -> scenarios.add(scenario(s, labels)));
        root.set("scenarioLimits", scenarioLimits(a));
        root.set("plan", plan(a));
        root.set("compliance", ComplianceJson.of(kb, a.findings(), a.plan()));
        root.set("acceptances", acceptances(a));
        root.set("notApplicable", notApplicable(a.notApplicable()));
        return root;
    }

    /** A what-if report says first which mitigations it takes as in place, and what each lowered. */
    private static ObjectNode whatIf(WhatIf w) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode assumed = n.putArray("assumedMitigations");
        for (WhatIf.Assumed m : w.assumed()) {
            ObjectNode x = assumed.addObject();
            x.put("mitigation", m.mitigationId());
            x.put("title", m.title());
            x.put("riskReduction", m.riskReduction());
            strings(x.putArray("findings"), m.findings());
        }
        return n;
    }

    /** The model's assumptions: the findings each took out of the analysis, and those that took out nothing. */
    private static ObjectNode notApplicable(AssumptionReview r) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode excluded = n.putArray("excluded");
        r.applied().forEach(x -> strings(assumption(excluded.addObject(), x.assumption()).putArray("findings"), x.findings()));
        ArrayNode unmatched = n.putArray("unmatched");
        r.unmatched().forEach(u -> assumption(unmatched.addObject(), u.assumption()).put("warning", u.warning()));
        return n;
    }

    private static ObjectNode assumption(ObjectNode n, Assumption a) {
        n.put("rule", a.rule());
        n.put("target", a.target());
        n.put("reason", a.reason());
        n.put("by", a.by());
        return n;
    }

    /** What produced a report: format, rule-base version, packs, disabled rules (also the key for resuming a batch). */
    public static ObjectNode producer(String ruleBase, List<RulePack> packs, List<Settings.DisabledRule> disabledRules) {
        ObjectNode producer = MAPPER.createObjectNode();
        producer.put("reportFormat", FORMAT_VERSION);
        producer.put("ruleBase", ruleBase);
        ArrayNode packArray = producer.putArray("packs");
        packs.forEach(p -> packArray.addObject().put("name", p.name()).put("version", p.version()));
        ArrayNode disabled = producer.putArray("disabledRules");
        disabledRules.forEach(d -> disabled.addObject().put("id", d.id()).put("reason", d.reason()));
        return producer;
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public String render(Analysis a) {
        return render(build(a));
    }

    public static String render(ObjectNode tree) {
        return PRETTY.writeValueAsString(tree) + "\n";
    }

    /** The same bytes as {@link #render}, written as UTF-8 straight into the stream (left open). */
    public static void write(ObjectNode tree, java.io.OutputStream out) throws java.io.IOException {
        PRETTY.without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, tree);
        out.write('\n');
    }

    private static ObjectNode system(SystemInfo s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("name", s.name());
        n.put("owner", s.owner());
        n.put("purpose", s.purpose());
        n.put("criticality", s.criticality());
        strings(n.putArray("inScope"), s.inScope());
        strings(n.putArray("outOfScope"), s.outOfScope());
        return n;
    }

    private static ObjectNode summary(Analysis a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("findings", a.findings().size());
        ObjectNode bySeverity = n.putObject("bySeverity");
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            bySeverity.put(s.label(), a.findings().stream().filter(f -> f.risk().severity() == s).count());
        }
        n.put("scenarios", a.scenarios().size());
        n.put("riskAppetite", a.plan().appetite().label());
        n.put("totalRisk", a.plan().totalRiskBefore());
        n.put("residualRisk", a.plan().totalRiskAfter());
        n.put("fixes", a.plan().items().size());
        n.put("exceedingAppetite", a.plan().stillExceeding().size());
        n.put("accepted", a.acceptances().accepted().size());
        n.put("notApplicable", a.notApplicable().excludedFindings().size());
        n.put("questions", a.questions().size());
        n.put("unknownAs", a.unknownAsRisky() ? "risky" : "question");
        n.put("outOfScope", a.outOfScope().size());
        return n;
    }

    private ObjectNode finding(Finding f, FactLabels labels, Verification verification, Acceptance accepted) {
        ThreatDef def = kb.threat(f.threatId());
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", f.id());
        n.put("status", f.confirmed() ? "threat" : "question");
        n.put("rule", f.ruleId());
        n.put("threat", f.threatId());
        n.put("title", f.title());
        n.put("stride", f.stride());
        n.put("source", f.source());
        n.put("family", def.family());
        n.put("target", f.target());
        n.put("targetKind", f.targetKind());
        n.set("risk", risk(f.risk()));
        ArrayNode unknowns = n.putArray("unknowns");
        verification.questions(f.unknowns()).forEach(q -> unknowns.addObject().put("question", q.text()).put("answerIn", q.field()));
        ArrayNode factors = n.putArray("factors");
        f.factors().forEach(x -> factors.add(factor(x, labels)));
        n.set("residual", risk(f.residual()));
        strings(n.putArray("mitigations"), f.mitigations());
        strings(n.putArray("inPlace"), f.applied());
        strings(n.putArray("notes"), f.notes());
        strings(n.putArray("cwe"), def.cwe());
        strings(n.putArray("capec"), def.capec());
        strings(n.putArray("attack"), def.attack());
        if (accepted != null) {
            n.set("accepted", acceptance(accepted));
        }
        ObjectNode evidence = n.putObject("evidence");
        evidence.put("rule", f.ruleId());
        ArrayNode matched = evidence.putArray("matched");
        if (f.evidence() != null) {
            f.evidence().matched().forEach(m -> matched.add(labels.describe(m)));
        }
        return n;
    }

    static ObjectNode risk(Risk r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("likelihood", r.likelihood());
        n.put("impact", r.impact());
        n.put("score", r.score());
        n.put("severity", r.severity().label());
        return n;
    }

    private static ObjectNode factor(Factor f, FactLabels labels) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("dimension", f.dimension());
        n.put("value", f.delta());
        n.put("reason", f.reason());
        if (f.ruleId() != null) {
            n.put("rule", f.ruleId());
        }
        if (f.evidence() != null) {
            ArrayNode matched = n.putArray("matched");
            f.evidence().matched().forEach(m -> matched.add(labels.describe(m)));
        }
        return n;
    }

    /** The bounds the paths were searched within, and how many each bound left out. */
    private static ObjectNode scenarioLimits(Analysis a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("maxDepth", a.scenarioLimits().maxDepth());
        n.put("perTarget", a.scenarioLimits().perTarget());
        n.put("maxScenarios", a.scenarioLimits().maxScenarios());
        ObjectNode left = n.putObject("leftOut");
        left.put("byTargetLimit", a.scenariosTruncated().byTargetLimit());
        left.put("byTotalLimit", a.scenariosTruncated().byTotalLimit());
        left.put("beyondDepth", a.scenariosTruncated().beyondDepth());
        return n;
    }

    private static ObjectNode scenario(Scenario s, FactLabels labels) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("kind", s.kind());
        n.put("title", s.title());
        n.set("risk", risk(s.risk()));
        ArrayNode factors = n.putArray("factors");
        s.factors().forEach(x -> factors.add(factor(x, labels)));
        strings(n.putArray("unnoticed"), s.unnoticed());
        ArrayNode steps = n.putArray("steps");
        for (Step st : s.steps()) {
            ObjectNode step = steps.addObject();
            step.put("number", st.number());
            step.put("phase", st.phase());
            step.put("element", st.element());
            step.put("elementKind", st.elementKind());
            step.put("via", st.via());
            step.put("finding", st.findingId());
            step.put("threat", st.threatId());
            step.put("technique", st.technique());
            step.put("description", st.description());
        }
        return n;
    }

    private ObjectNode plan(Analysis a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("riskAppetite", a.plan().appetite().label());
        n.put("totalRiskBefore", a.plan().totalRiskBefore());
        n.put("totalRiskAfter", a.plan().totalRiskAfter());
        ArrayNode items = n.putArray("items");
        for (PlanItem p : a.plan().items()) {
            MitigationDef m = kb.mitigation(p.mitigationId());
            ObjectNode item = items.addObject();
            item.put("order", p.order());
            item.put("action", p.action());
            item.put("element", p.element());
            item.put("mitigation", p.mitigationId());
            item.put("title", p.title());
            item.put("kind", p.kind());
            item.put("effort", p.effort());
            item.put("riskReduction", p.riskReduction());
            item.put("description", m.description());
            strings(item.putArray("findings"), p.findings());
        }
        strings(n.putArray("stillExceeding"), a.plan().stillExceeding());
        return n;
    }

    private static ObjectNode acceptance(Acceptance a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("pattern", a.finding());
        n.put("justification", a.justification());
        n.put("acceptedBy", a.acceptedBy());
        n.put("ticket", a.ticket());
        n.put("expires", a.expires());
        return n;
    }

    /** Which acceptances held, which expired (their findings are active again) and which matched nothing. */
    private static ObjectNode acceptances(Analysis a) {
        AcceptanceReview r = a.acceptances();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("asOf", r.today() == null ? null : r.today().toString());
        strings(n.putArray("accepted"), new java.util.TreeSet<>(r.accepted().keySet()));
        ArrayNode expired = n.putArray("expired");
        r.expired().forEach(e -> {
            ObjectNode x = acceptance(e.acceptance());
            strings(x.putArray("findings"), e.findings());
            expired.add(x);
        });
        ArrayNode unmatched = n.putArray("unmatched");
        r.unmatched().forEach(u -> unmatched.add(acceptance(u)));
        return n;
    }

    static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
