package dev.vigil.knowledge;

import dev.vigil.TestWorkspace;
import dev.vigil.engine.RuleInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void everyThreatHasItsMappings() {
        kb.threats().values().forEach(t -> {
            assertThat(t.cwe()).as(t.id() + " CWE").isNotEmpty().allMatch(c -> c.matches("CWE-\\d+"));
            // CAPEC is left empty only where no attack pattern fits (organisational threats).
            assertThat(t.capec()).as(t.id() + " CAPEC").allMatch(c -> c.matches("CAPEC-\\d+"));
            assertThat(t.attack()).as(t.id() + " ATT&CK").isNotEmpty().allMatch(c -> c.matches("T\\d{4}(\\.\\d{3})?"));
            assertThat(t.references()).as(t.id() + " references").isNotEmpty();
        });
        kb.mitigations().values().forEach(m -> {
            assertThat(m.compliance().nist80053()).as(m.id() + " NIST").isNotEmpty();
            assertThat(m.compliance().iso27001()).as(m.id() + " ISO").isNotEmpty().allMatch(c -> c.matches("A\\.[5-8]\\.\\d+"));
            assertThat(m.compliance().pciDss()).as(m.id() + " PCI").isNotEmpty();
        });
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
