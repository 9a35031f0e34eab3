package dev.vigil.report;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.Severity;
import dev.vigil.engine.RuleBase;
import dev.vigil.engine.RuleInfo;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.io.LoadedModel;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 for code-scanning tools: one result per finding, located at the line of its target
 * element in the model file; the rules that produced findings, with their catalog texts, CWE and
 * ATT&CK tags, a security-severity and the compliance controls its mitigations map to, in the tool component; partial fingerprints from the stable
 * finding ids, so a finding keeps its identity across runs.
 */
public final class SarifReport {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final KnowledgeBase kb;
    private final RuleBase rules;

    public SarifReport(KnowledgeBase kb, RuleBase rules) {
        this.kb = kb;
        this.rules = rules;
    }

    public String render(Analysis a) {
        return JsonReport.PRETTY.writeValueAsString(build(a)) + "\n";
    }

    public ObjectNode build(Analysis a) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Vigil");
        driver.put("informationUri", "https://vigil.dev/docs/reports");
        driver.put("version", a.ruleBaseVersion());
        Map<String, Integer> ruleIndex = new TreeMap<>();
        a.findings().forEach(f -> ruleIndex.put(f.ruleId(), 0));
        a.questions().forEach(f -> ruleIndex.put(f.ruleId(), 0));
        List<String> ruleIds = new ArrayList<>(ruleIndex.keySet());
        ArrayNode sarifRules = driver.putArray("rules");
        for (int i = 0; i < ruleIds.size(); i++) {
            ruleIndex.put(ruleIds.get(i), i);
            sarifRules.add(rule(ruleIds.get(i)));
        }
        ObjectNode runProperties = run.putObject("properties");
        runProperties.put("vigilUnknownAs", a.unknownAsRisky() ? "risky" : "question");
        if (a.whatIf().active()) {
            // a what-if is not the system as it is: say so where a code-scanning viewer keeps run metadata
            ArrayNode assumed = runProperties.putObject("vigilWhatIf").putArray("assumedMitigations");
            a.whatIf().mitigationIds().forEach(assumed::add);
        }
        // findings excluded by the model's assumptions are not findings: they are not results either
        ArrayNode results = run.putArray("results");
        a.findings().forEach(f -> results.add(result(f, ruleIndex.get(f.ruleId()), a, null)));
        // a question to verify is SARIF's kind "review": it needs a person to answer, it is not a failure
        var verification = new dev.vigil.analysis.Verification(a.index());
        a.questions().forEach(f -> results.add(result(f, ruleIndex.get(f.ruleId()), a, verification)));
        ObjectNode artifact = run.putArray("artifacts").addObject();
        artifact.putObject("location").put("uri", uri(a.source()));
        artifact.putObject("hashes").put("sha-256", a.source().sha256());
        return root;
    }

    private ObjectNode rule(String ruleId) {
        RuleInfo info = rules.rule(ruleId);
        ThreatDef t = kb.threat(info.threat());
        ObjectNode r = JsonReport.MAPPER.createObjectNode();
        r.put("id", ruleId);
        r.put("name", info.name());
        r.putObject("shortDescription").put("text", t.title());
        r.putObject("fullDescription").put("text", t.description());
        StringBuilder help = new StringBuilder("Mitigations:");
        StringBuilder markdown = new StringBuilder("**Mitigations**\n");
        for (String m : t.mitigations()) {
            MitigationDef def = kb.mitigation(m);
            help.append("\n- ").append(def.title()).append(": ").append(def.description());
            markdown.append("\n- **").append(def.title()).append("**: ").append(def.description());
        }
        r.putObject("help").put("text", help.toString()).put("markdown", markdown.toString());
        if (!t.references().isEmpty()) {
            r.put("helpUri", t.references().get(0));
        }
        Severity defaultSeverity = Severity.of(t.likelihood() * t.impact());
        r.putObject("defaultConfiguration").put("level", level(defaultSeverity));
        ObjectNode props = r.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        tags.add("security");
        tags.add("threat-model");
        tags.add("stride/" + t.stride());
        t.cwe().forEach(c -> tags.add("external/cwe/" + c.toLowerCase(Locale.ROOT)));
        t.attack().forEach(x -> tags.add("external/attack/" + x));
        props.put("security-severity", securitySeverity(t.likelihood() * t.impact()));
        props.put("threat", t.id());
        props.put("source", t.source());
        props.put("location", info.location());
        props.set("compliance", ComplianceJson.controlsOf(kb, t.mitigations()));
        return r;
    }

    /** {@code verification} non-null: the finding is a question to verify, a result of kind review. */
    private static ObjectNode result(Finding f, int index, Analysis a, dev.vigil.analysis.Verification verification) {
        ObjectNode r = JsonReport.MAPPER.createObjectNode();
        r.put("ruleId", f.ruleId());
        r.put("ruleIndex", index);
        if (verification == null) {
            r.put("level", level(f.risk().severity()));
            r.putObject("message").put("text", f.title() + " on " + a.index().label(f.target()) + ": " + f.risk().severity().label()
                    + " risk (likelihood " + f.risk().likelihood() + " × impact " + f.risk().impact() + "), residual "
                    + f.residual().severity().label() + " after the fix plan.");
        } else {
            r.put("kind", "review");
            r.put("level", "none");
            r.putObject("message").put("text", "To verify: " + f.title() + " on " + a.index().label(f.target()) + " would be "
                    + f.risk().severity().label() + " risk if: " + String.join(" ", verification.questions(f.unknowns()).stream()
                    .map(q -> q.text() + " (" + q.field() + ")").toList()));
        }
        LoadedModel.Position p = a.source().positionOf(f.target());
        ObjectNode location = r.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(a.source())).put("index", 0);
        physical.putObject("region").put("startLine", p.line()).put("startColumn", p.column());
        location.putArray("logicalLocations").addObject().put("name", f.target()).put("kind", f.targetKind());
        r.putObject("partialFingerprints").put("vigilFindingId/v1", f.id());
        ObjectNode props = r.putObject("properties");
        props.put("findingId", f.id());
        props.put("status", verification == null ? "threat" : "question");
        props.put("security-severity", securitySeverity(f.risk().score()));
        props.set("risk", JsonReport.risk(f.risk()));
        props.set("residual", JsonReport.risk(f.residual()));
        return r;
    }

    private static String uri(LoadedModel source) {
        return source.file().replace('\\', '/');
    }

    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            default -> "note";
        };
    }

    /** GitHub code scanning's 0.0–10.0 scale from a 1–25 score. */
    static String securitySeverity(int score) {
        return String.format(Locale.ROOT, "%.1f", score * 10.0 / 25);
    }
}
