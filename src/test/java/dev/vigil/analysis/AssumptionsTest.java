package dev.vigil.analysis;

import dev.vigil.TestWorkspace;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.report.JsonReport;
import dev.vigil.report.MarkdownReport;
import dev.vigil.report.SarifReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Assumptions ("not applicable") take exactly one rule's threat on one target out of the analysis, and say so. */
class AssumptionsTest {

    private static final Workspace WS = TestWorkspace.get();

    private static String shop() throws Exception {
        return Files.readString(Path.of("examples/shop.yaml"));
    }

    private static Analysis analyze(String yaml) throws Exception {
        LoadedModel m = WS.loader().parse("shop.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return WS.analyzer().analyze(m, Severity.MEDIUM);
    }

    private static Set<String> ids(Analysis a) {
        return new TreeSet<>(a.findings().stream().map(Finding::id).toList());
    }

    /** A finding whose rule also fires on another target, so the test can see that only this target is excluded. */
    private static Finding ruleOnTwoTargets(Analysis a) {
        return a.findings().stream()
                .filter(f -> a.findings().stream().anyMatch(g -> g.ruleId().equals(f.ruleId()) && !g.target().equals(f.target())))
                .filter(f -> f.threatId().contains("phishing") || f.ruleId().contains("phishing")) // one that seeds scenarios
                .findFirst().orElseThrow();
    }

    @Test
    void anAssumptionRemovesExactlyThatRulesFindingOnThatTargetAndTheReportListsIt() throws Exception {
        Analysis before = analyze(shop());
        Finding excluded = ruleOnTwoTargets(before);
        Analysis after = analyze(shop() + """
                assumptions:
                  - rule: %s
                    target: %s
                    reason: The agency signs in through our SSO, which enforces MFA
                    by: Dana (CISO)
                """.formatted(excluded.ruleId(), excluded.target()));

        Set<String> expected = ids(before);
        expected.remove(excluded.id());
        assertThat(ids(after)).isEqualTo(expected);
        assertThat(after.findings()).allSatisfy(f -> {
            Finding was = before.finding(f.id()).orElseThrow();
            assertThat(f.risk()).as(f.id()).isEqualTo(was.risk());
        });
        assertThat(after.plan().items()).flatExtracting(PlanItem::findings).doesNotContain(excluded.id());
        assertThat(after.scenarios()).flatExtracting(Scenario::steps).extracting(Step::findingId).doesNotContain(excluded.id());
        assertThat(after.notApplicable().excludedFindings()).containsExactly(excluded.id());
        assertThat(after.notApplicable().unmatched()).isEmpty();

        JsonReport json = new JsonReport(WS.kb());
        var tree = json.build(after);
        assertThat(tree.path("summary").path("notApplicable").asInt()).isEqualTo(1);
        var listed = tree.path("notApplicable").path("excluded").get(0);
        assertThat(listed.path("rule").asString()).isEqualTo(excluded.ruleId());
        assertThat(listed.path("target").asString()).isEqualTo(excluded.target());
        assertThat(listed.path("by").asString()).isEqualTo("Dana (CISO)");
        assertThat(listed.path("findings").get(0).asString()).isEqualTo(excluded.id());
        String md = new MarkdownReport(json).render(after, tree);
        assertThat(md).contains("## Not applicable (assumptions)", "The agency signs in through our SSO, which enforces MFA",
                "`" + excluded.id() + "`");
        assertThat(new SarifReport(WS.kb(), WS.rules()).render(after)).doesNotContain(excluded.id());
    }

    @Test
    void aWildcardTargetExcludesTheRuleEverywhereAndAnAssumptionThatMatchesNothingIsAWarning() throws Exception {
        Analysis before = analyze(shop());
        Finding some = ruleOnTwoTargets(before);
        List<String> ofRule = before.findings().stream().filter(f -> f.ruleId().equals(some.ruleId())).map(Finding::id).sorted().toList();
        String elsewhere = before.findings().stream().filter(f -> !f.ruleId().equals(some.ruleId())).map(Finding::target)
                .filter(t -> ofRule.stream().noneMatch(id -> id.endsWith("@" + t))).findFirst().orElseThrow();
        Analysis after = analyze(shop() + """
                assumptions:
                  - {rule: %s, target: "*", reason: SSO with MFA for everyone}
                  - {rule: %s, target: %s, reason: not there}
                """.formatted(some.ruleId(), some.ruleId(), elsewhere));

        Set<String> expected = ids(before);
        new ArrayList<>(ofRule).forEach(expected::remove);
        assertThat(ids(after)).isEqualTo(expected);
        assertThat(after.notApplicable().applied()).singleElement()
                .satisfies(x -> assertThat(x.findings()).isEqualTo(ofRule));
        assertThat(after.notApplicable().unmatched()).singleElement()
                .satisfies(u -> assertThat(u.warning()).contains("raises no threat against '" + elsewhere + "'"));
    }

    @Test
    void aModelWithoutAssumptionsReportsNone() throws Exception {
        Analysis a = analyze(shop());
        assertThat(a.notApplicable()).isEqualTo(AssumptionReview.NONE);
        assertThat(new JsonReport(WS.kb()).build(a).path("notApplicable").path("excluded").size()).isZero();
    }
}
