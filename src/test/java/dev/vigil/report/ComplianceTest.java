package dev.vigil.report;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.PlanItem;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleInfo;
import dev.vigil.knowledge.Framework;
import dev.vigil.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance sections, checked against what the catalog and the analysis say rather than against
 * fixed output: a threat maps to a control through its mitigations, and a fix satisfies the controls
 * of its mitigation.
 */
class ComplianceTest {

    private static final String SMALL = """
            system: {id: shop, name: Shop}
            zones: [{id: dmz, kind: dmz}, {id: internal, kind: internal}]
            components:
              - {id: web, name: Web shop, type: web-application, zone: dmz, exposure: internet, attributes: [builds-queries]}
              - {id: db, name: Orders, type: relational-database, zone: internal, stores: [orders]}
            data:
              - {id: orders, name: Orders and addresses, classification: confidential, categories: [personal]}
            flows:
              - {id: web-db, from: web, to: db, protocol: sql, encrypted: false, authentication: password, data: [orders]}
            principals:
              - {id: ops, name: Operators, kind: admin, headcount: 4}
            access:
              - {principal: ops, component: web, privilege: admin, path: internet, mfa: false}
            practices:
              phishing_training: none
              backups: {frequency: weekly}
            """;

    private static final String EMPTY = """
            system: {id: empty, name: Nothing}
            """;

    private final Workspace ws = TestWorkspace.get();
    private final KnowledgeBase kb = ws.kb();

    private Analysis analyse(String yaml) throws Exception {
        return ws.analyzer().analyze(ws.loader().parse("model.yaml", yaml.getBytes(StandardCharsets.UTF_8)), Severity.MEDIUM);
    }

    @Test
    void everyFixInThePlanAppearsUnderEachOfItsControlsInEveryFramework() throws Exception {
        Analysis a = analyse(SMALL);
        JsonNode compliance = new JsonReport(kb).build(a).get("compliance");
        assertThat(a.plan().items()).isNotEmpty();
        for (PlanItem p : a.plan().items()) {
            for (Framework f : Framework.values()) {
                List<String> controls = kb.mitigation(p.mitigationId()).compliance().controls(f);
                assertThat(controls).as(p.mitigationId() + " in " + f).isNotEmpty();
                for (String c : controls) {
                    JsonNode control = compliance.path(f.key()).path("controls").path(c);
                    assertThat(texts(control.path("fixes"))).as(f.key() + " " + c).contains(p.mitigationId());
                    assertThat(texts(control.path("mitigations"))).as(f.key() + " " + c).contains(p.mitigationId());
                }
            }
        }
    }

    @Test
    void aThreatAppearsUnderTheControlsOfItsMitigations() throws Exception {
        Analysis a = analyse(SMALL);
        JsonNode compliance = new JsonReport(kb).build(a).get("compliance");
        assertThat(a.findings()).isNotEmpty();
        for (Finding f : a.findings()) {
            for (String m : kb.threat(f.threatId()).mitigations()) {
                for (Framework fw : Framework.values()) {
                    for (String c : kb.mitigation(m).compliance().controls(fw)) {
                        JsonNode control = compliance.path(fw.key()).path("controls").path(c);
                        assertThat(texts(control.path("threats"))).as(fw.key() + " " + c).contains(f.threatId());
                        assertThat(texts(control.path("findings"))).as(fw.key() + " " + c).contains(f.id());
                        assertThat(texts(control.path("mitigations"))).as(fw.key() + " " + c).contains(m);
                    }
                }
            }
        }
    }

    @Test
    void aFrameworkListsOnlyWhatSomeFindingMapsTo() throws Exception {
        Analysis a = analyse(SMALL);
        JsonNode compliance = new JsonReport(kb).build(a).get("compliance");
        Set<String> planned = new HashSet<>();
        a.plan().items().forEach(p -> planned.add(p.mitigationId()));
        assertThat(texts(compliance.propertyNames())).containsExactly("nist80053", "iso27001", "pciDss", "soc2");
        for (Framework fw : Framework.values()) {
            JsonNode section = compliance.get(fw.key());
            assertThat(section.path("title").asString()).isEqualTo(fw.title());
            Set<String> expected = new TreeSet<>();
            a.findings().forEach(f -> f.mitigations().forEach(m -> expected.addAll(kb.mitigation(m).compliance().controls(fw))));
            List<String> listed = texts(section.path("controls").propertyNames());
            assertThat(listed).as(fw.key()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(listed).as(fw.key() + " order").isSortedAccordingTo(ComplianceJson.CONTROL_ORDER);
            for (String c : listed) {
                JsonNode control = section.path("controls").path(c);
                for (String m : texts(control.path("mitigations"))) {
                    assertThat(kb.mitigation(m).compliance().controls(fw)).as(m).contains(c);
                }
                for (String m : texts(control.path("fixes"))) {
                    assertThat(planned).as(fw.key() + " " + c + " fix").contains(m);
                    assertThat(kb.mitigation(m).compliance().controls(fw)).as(m).contains(c);
                }
                for (String id : texts(control.path("findings"))) {
                    Finding f = a.findings().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                    assertThat(f.mitigations().stream().anyMatch(m -> kb.mitigation(m).compliance().controls(fw).contains(c)))
                            .as(id + " maps to " + c).isTrue();
                    assertThat(texts(control.path("threats"))).contains(f.threatId());
                }
                for (String list : List.of("fixes", "mitigations", "threats", "findings")) {
                    assertThat(texts(control.path(list))).as(c + " " + list).isSorted().doesNotHaveDuplicates();
                }
            }
        }
    }

    @Test
    void markdownHasASectionPerFrameworkWithARowPerControl() throws Exception {
        Analysis a = analyse(SMALL);
        ObjectNode tree = new JsonReport(kb).build(a);
        String md = new MarkdownReport(new JsonReport(kb)).render(a, tree);
        for (Framework fw : Framework.values()) {
            String heading = "## Compliance: " + fw.title();
            assertThat(md).contains(heading);
            int start = md.indexOf(heading);
            int next = md.indexOf("\n## ", start + 1);
            String section = md.substring(start, next < 0 ? md.length() : next);
            JsonNode controls = tree.path("compliance").path(fw.key()).path("controls");
            for (String c : texts(controls.propertyNames())) {
                String row = section.lines().filter(l -> l.startsWith("| " + c + " |")).findFirst().orElseThrow(
                        () -> new AssertionError(fw.key() + " has no row for " + c));
                texts(controls.path(c).path("threats")).forEach(t -> assertThat(row).contains(t));
                for (String m : texts(controls.path(c).path("fixes"))) {
                    PlanItem p = a.plan().items().stream().filter(x -> x.mitigationId().equals(m)).findFirst().orElseThrow();
                    assertThat(row).contains(p.title() + " (fix " + p.order() + ")");
                }
            }
            long rows = section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Control |")).count();
            assertThat(rows).as(fw.key() + " rows").isEqualTo(controls.size());
        }
    }

    @Test
    void withoutFindingsEveryFrameworkIsEmpty() throws Exception {
        Analysis a = analyse(EMPTY);
        ObjectNode tree = new JsonReport(kb).build(a);
        assertThat(a.findings()).as("a model with nothing in it").isEmpty();
        for (Framework fw : Framework.values()) {
            assertThat(tree.path("compliance").path(fw.key()).path("controls").isEmpty()).as(fw.key()).isTrue();
        }
        assertThat(new MarkdownReport(new JsonReport(kb)).render(a, tree)).contains("No threat found maps to a control");
    }

    @Test
    void sarifRulesCarryTheControlsOfTheirThreatsMitigations() throws Exception {
        Analysis a = analyse(SMALL);
        JsonNode sarif = new SarifReport(kb, ws.rules()).build(a);
        JsonNode rules = sarif.path("runs").path(0).path("tool").path("driver").path("rules");
        assertThat(rules.size()).isPositive();
        for (JsonNode rule : rules) {
            RuleInfo info = ws.rules().rule(rule.path("id").asString());
            for (Framework fw : Framework.values()) {
                Set<String> expected = new TreeSet<>();
                kb.threat(info.threat()).mitigations().forEach(m -> expected.addAll(kb.mitigation(m).compliance().controls(fw)));
                assertThat(texts(rule.path("properties").path("compliance").path(fw.key())))
                        .as(info.id() + " " + fw.key()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void controlIdsSortNumbersAsNumbers() {
        List<String> ids = new ArrayList<>(List.of("SC-7(10)", "A.5.17", "12.10.1", "SC-7", "A.5.9", "3.5.1", "SC-7(5)", "CC6.1", "CC10.1"));
        ids.sort(ComplianceJson.CONTROL_ORDER);
        assertThat(ids).containsSubsequence("A.5.9", "A.5.17").containsSubsequence("3.5.1", "12.10.1")
                .containsSubsequence("SC-7", "SC-7(5)", "SC-7(10)").containsSubsequence("CC6.1", "CC10.1");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> texts(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(out::add);
        return out;
    }
}
