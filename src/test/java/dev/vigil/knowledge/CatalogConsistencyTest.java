package dev.vigil.knowledge;

import dev.vigil.TestWorkspace;
import dev.vigil.engine.RuleInfo;
import dev.vigil.model.io.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules and catalogs agree: nothing named is missing and nothing in a catalog is orphaned. */
class CatalogConsistencyTest {

    private final KnowledgeBase kb = TestWorkspace.get().kb();
    private final List<RuleInfo> rules = TestWorkspace.get().rules().rules();

    @Test
    void everyThreatIsRaisedByARule() {
        Set<String> raised = rules.stream().map(RuleInfo::threat).filter(t -> t != null).collect(Collectors.toSet());
        Set<String> orphans = new TreeSet<>(kb.threats().keySet());
        orphans.removeAll(raised);
        assertThat(orphans).as("catalog threats no rule raises").isEmpty();
    }

    @Test
    void everyMitigationAddressesAThreat() {
        Set<String> orphans = new TreeSet<>(kb.mitigations().keySet());
        orphans.removeIf(m -> !kb.threatsAddressedBy(m).isEmpty());
        assertThat(orphans).as("mitigations no threat lists").isEmpty();
    }

    @Test
    void everyAttributeIsMatchedByARule() throws IOException {
        String drl = allRuleText();
        Set<String> unused = new TreeSet<>();
        for (String a : kb.attributes().keySet()) {
            if (!drl.contains("\"" + a + "\"")) {
                unused.add(a);
            }
        }
        assertThat(unused).as("attributes that no rule matches").isEmpty();
    }

    /** A control a rule finds missing, and every control type, must be one a model can state absent (system.absent_controls). */
    @Test
    void everyControlRulesFindMissingCanBeStatedAbsent() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("no(?:Control|Safeguard)\\(drools, [^,]+, \"([a-z-]+)\"")
                .matcher(allRuleText());
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        Set<String> allowed = Set.of(java.util.Arrays.stream(dev.vigil.model.SystemInfo.class.getRecordComponents())
                .filter(c -> c.getName().equals("absentControls")).findFirst().orElseThrow()
                .getAnnotation(dev.vigil.model.OneOf.class).value());
        assertThat(named).as("controls rules find missing").isNotEmpty();
        assertThat(allowed).as("system.absent_controls values").containsAll(named);
        java.util.List<String> controlTypes = java.util.List.of(java.util.Arrays.stream(dev.vigil.model.Control.class.getRecordComponents())
                .filter(c -> c.getName().equals("type")).findFirst().orElseThrow()
                .getAnnotation(dev.vigil.model.OneOf.class).value());
        assertThat(allowed).as("every control type can be stated absent").containsAll(controlTypes);
    }

    @Test
    void everyThreatHasItsMappings() {
        kb.threats().values().forEach(t -> {
            assertThat(t.cwe()).as(t.id() + " CWE").isNotEmpty().allMatch(c -> c.matches("CWE-\\d+"));
            assertThat(t.capec()).as(t.id() + " CAPEC").isNotEmpty().allMatch(c -> c.matches("CAPEC-\\d+"));
            assertThat(t.attack()).as(t.id() + " ATT&CK").isNotEmpty().allMatch(c -> c.matches("T\\d{4}(\\.\\d{3})?"));
            assertThat(t.references()).as(t.id() + " references").isNotEmpty();
        });
        kb.mitigations().values().forEach(m -> {
            assertThat(m.compliance().nist80053()).as(m.id() + " NIST").isNotEmpty();
            assertThat(m.compliance().iso27001()).as(m.id() + " ISO").isNotEmpty().allMatch(c -> c.matches("A\\.[5-8]\\.\\d+"));
            assertThat(m.compliance().pciDss()).as(m.id() + " PCI").isNotEmpty();
            assertThat(m.compliance().soc2()).as(m.id() + " SOC 2").isNotEmpty()
                    .allMatch(c -> c.matches("CC[1-9]\\.\\d|A1\\.[1-3]|C1\\.[12]|PI1\\.[1-5]|P[1-8]\\.\\d"));
            for (Framework f : Framework.values()) {
                assertThat(m.compliance().controls(f)).as(m.id() + " " + f.title()).doesNotHaveDuplicates();
            }
        });
    }

    @Test
    void aMitigationWithAnEmptyFrameworkIsReported() {
        for (Framework f : Framework.values()) {
            List<String> some = List.of("X-1");
            Compliance c = new Compliance(f == Framework.NIST_800_53 ? List.of() : some, f == Framework.ISO_27001 ? List.of() : some,
                    f == Framework.PCI_DSS ? List.of() : some, f == Framework.SOC_2 ? List.of() : some);
            MitigationDef m = new MitigationDef("m", "M", "d", "process", "S", "element", null, 1, 0, c);
            ThreatDef t = kb.threats().values().iterator().next();
            List<Problem> problems = new ArrayList<>();
            new CatalogChecker("kb", Map.of(t.id(), t), Map.of("m", m), problems).check();
            assertThat(problems).extracting(Problem::message).as(f.title())
                    .contains("mitigation m maps to no " + f.title() + " control");
        }
    }

    private static String allRuleText() throws IOException {
        try (Stream<Path> files = Files.walk(TestWorkspace.RULES)) {
            StringBuilder sb = new StringBuilder();
            for (Path p : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                sb.append(Files.readString(p));
            }
            return sb.toString();
        }
    }
}
