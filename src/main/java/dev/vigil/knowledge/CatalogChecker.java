package dev.vigil.knowledge;

import dev.vigil.model.io.Names;
import dev.vigil.model.io.Problem;

import java.util.List;
import java.util.Map;

/** Cross-file checks of the catalogs: references resolve, scores are in range, every mitigation maps to every framework. */
final class CatalogChecker {

    private final String dir;
    private final Map<String, ThreatDef> threats;
    private final Map<String, MitigationDef> mitigations;
    private final List<Problem> problems;

    CatalogChecker(String dir, Map<String, ThreatDef> threats, Map<String, MitigationDef> mitigations, List<Problem> problems) {
        this.dir = dir;
        this.threats = threats;
        this.mitigations = mitigations;
        this.problems = problems;
    }

    void check() {
        threats.values().forEach(t -> {
            range("threat " + t.id() + " likelihood", t.likelihood(), 1, 5);
            range("threat " + t.id() + " impact", t.impact(), 1, 5);
            if (t.mitigations().isEmpty()) {
                fail("threat " + t.id() + " lists no mitigations");
            }
            t.fixes().stream().filter(m -> !t.mitigations().contains(m)).forEach(m ->
                    fail("threat " + t.id() + " names '" + m + "' in fixes, which is not one of its mitigations"));
            t.mitigations().stream().filter(m -> !mitigations.containsKey(m)).forEach(m ->
                    fail("threat " + t.id() + " names mitigation '" + m + "', which does not exist."
                            + Names.didYouMean(m, mitigations.keySet())));
        });
        mitigations.values().forEach(m -> {
            range("mitigation " + m.id() + " lowers_likelihood", m.lowersLikelihood(), 0, 4);
            range("mitigation " + m.id() + " lowers_impact", m.lowersImpact(), 0, 4);
            if (m.lowersLikelihood() + m.lowersImpact() == 0) {
                fail("mitigation " + m.id() + " lowers neither likelihood nor impact");
            }
            if (m.action() != null && (m.scope().equals("system") || !m.action().contains("{element}"))) {
                fail("mitigation " + m.id() + " has an action, which is for element scope and names {element}: "
                        + (m.scope().equals("system") ? "it has scope system" : "'" + m.action() + "' has no {element}"));
            }
            for (Framework f : Framework.values()) {
                if (m.compliance().controls(f).isEmpty()) {
                    fail("mitigation " + m.id() + " maps to no " + f.title() + " control");
                }
            }
        });
    }

    private void range(String what, int value, int min, int max) {
        if (value < min || value > max) {
            fail(what + " is " + value + "; allowed " + min + " to " + max);
        }
    }

    private void fail(String message) {
        problems.add(new Problem(dir, 0, 0, "", message));
    }
}
