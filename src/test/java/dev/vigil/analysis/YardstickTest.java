package dev.vigil.analysis;

import dev.vigil.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind yardstick (docs/quality.md): real systems described from public write-ups by one helper,
 * modelled from the description alone by another, the threats an expert expects written by a third
 * and Vigil's findings judged by a fourth, none of whom saw the rules or the others' work. Unlike the
 * ground truth, which we wrote with the rules, it measures Vigil against judgement that is not ours.
 * <p>
 * Strict precision: findings a blind reviewer agreed with, over all findings (a finding nobody has
 * judged yet counts as not agreed, so a new rule that fires here needs a verdict). Recall: the
 * expert's must-appear threats found, on the element or one of its stated alternatives (threats the
 * expert named that Vigil's catalog does not hold count as missed). The figures are printed per
 * system; the test fails when one falls below what was measured at the last judging, so no change
 * makes them worse unnoticed.
 */
class YardstickTest {

    static final Path DIR = Path.of("src/test/resources/yardstick");
    // the figures of the last blind judging (docs/quality.md), a little under, to allow a finding that
    // moves from one element to another
    static final double MIN_PRECISION = 0.81;
    static final double MIN_RECALL = 0.21;
    static final int MAX_MUST_NOT = 4;

    /**
     * One expectation of the blind expert, mapped to a catalog threat and model element. One the expert
     * put on the system as a whole ("ransomware at the Library") is met by the threat on any of its
     * elements.
     */
    record Expected(String threat, String target, List<String> alternatives) {

        boolean catalogued() {
            return !"uncatalogued".equals(threat) && target != null;
        }

        boolean hit(List<Finding> findings, String system) {
            boolean anywhere = "*".equals(target) || system.equals(target);
            return catalogued() && findings.stream().anyMatch(f -> f.threatId().equals(threat)
                    && (anywhere || target.equals(f.target()) || alternatives.contains(f.target())));
        }
    }

    record Figures(String system, int findings, int agreed, int judged, int must, int found, int mustNot, int questions) {
    }

    @Test
    void vigilMeetsTheBlindYardstick() throws Exception {
        Workspace ws = TestWorkspace.get();
        List<Figures> rows = new ArrayList<>();
        List<String> mustNotHits = new ArrayList<>();
        List<Path> systems;
        try (var dirs = Files.list(DIR)) {
            systems = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(systems).as("yardstick systems in " + DIR).hasSizeGreaterThanOrEqualTo(12);
        for (Path dir : systems) {
            String name = dir.getFileName().toString();
            assertThat(dir.resolve("description.md")).as("the description the model was written from").exists();
            Analysis a = ws.analyzer().analyze(ws.loader().load(dir.resolve("model.yaml")), Severity.MEDIUM);
            Map<String, Object> expected = yaml(dir.resolve("expected.yaml"));
            Map<String, String> verdicts = verdicts(dir.resolve("verdicts.yaml"));
            List<Expected> must = expectations(expected, "must_appear");
            List<Finding> findings = a.findings();
            String system = a.source().model().system().id();
            int agreed = (int) findings.stream().filter(f -> "agree".equals(verdicts.get(f.id()))).count();
            int judged = (int) findings.stream().filter(f -> verdicts.containsKey(f.id())).count();
            int found = (int) must.stream().filter(e -> e.hit(findings, system)).count();
            int hits = 0;
            for (Expected e : expectations(expected, "must_not_appear")) {
                if (e.hit(findings, system)) {
                    hits++;
                    mustNotHits.add(name + ": " + e.threat() + " on " + e.target());
                }
            }
            rows.add(new Figures(name, findings.size(), agreed, judged, must.size(), found, hits, a.questions().size()));
        }
        List<String> inSets = new ArrayList<>();
        yaml(DIR.resolve("sets.yaml")).values().forEach(v -> inSets.addAll(strings(v)));
        assertThat(inSets).as("sets.yaml names every yardstick system once")
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(Figures::system).toList());
        print(rows);
        int findings = rows.stream().mapToInt(Figures::findings).sum();
        int agreed = rows.stream().mapToInt(Figures::agreed).sum();
        int must = rows.stream().mapToInt(Figures::must).sum();
        int found = rows.stream().mapToInt(Figures::found).sum();
        assertThat((double) agreed / findings).as("strict precision on the blind yardstick (docs/quality.md)").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat((double) found / must).as("recall on the blind yardstick (docs/quality.md)").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(mustNotHits).as("findings the blind expert said must not appear").hasSizeLessThanOrEqualTo(MAX_MUST_NOT);
    }

    /** The table, per system, then per set (sets.yaml: development, held-out) and overall. */
    private static void print(List<Figures> rows) throws Exception {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%n%-28s %8s %6s %6s %9s %5s %5s %6s %8s %9s%n",
                "yardstick system", "findings", "judged", "agreed", "precision", "must", "found", "recall", "must-not", "questions"));
        rows.forEach(r -> line(sb, r.system(), List.of(r)));
        Map<String, Object> sets = yaml(DIR.resolve("sets.yaml"));
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            List<String> members = strings(set.getValue());
            line(sb, set.getKey() + " (" + members.size() + ")", rows.stream().filter(r -> members.contains(r.system())).toList());
        }
        line(sb, "overall (" + rows.size() + ")", rows);
        System.out.print(sb);
    }

    private static void line(StringBuilder sb, String label, List<Figures> rows) {
        int findings = rows.stream().mapToInt(Figures::findings).sum();
        int agreed = rows.stream().mapToInt(Figures::agreed).sum();
        int must = rows.stream().mapToInt(Figures::must).sum();
        int found = rows.stream().mapToInt(Figures::found).sum();
        sb.append(String.format(Locale.ROOT, "%-28s %8d %6d %6d %9.2f %5d %5d %6.2f %8d %9d%n", label, findings,
                rows.stream().mapToInt(Figures::judged).sum(), agreed, ratio(agreed, findings), must, found, ratio(found, must),
                rows.stream().mapToInt(Figures::mustNot).sum(), rows.stream().mapToInt(Figures::questions).sum()));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Expected> expectations(Map<String, Object> doc, String key) {
        List<Expected> out = new ArrayList<>();
        for (Object o : (List<Object>) doc.getOrDefault(key, List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            List<String> alternatives = m.get("alternatives") instanceof List<?> l ? (List<String>) l : List.of();
            out.add(new Expected(String.valueOf(m.get("threat")), (String) m.get("target"), alternatives));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> verdicts(Path file) throws Exception {
        Map<String, String> out = new HashMap<>();
        if (Files.exists(file)) {
            for (Object o : (List<Object>) yaml(file).get("verdicts")) {
                Map<String, Object> v = (Map<String, Object>) o;
                out.put((String) v.get("finding"), (String) v.get("verdict"));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }
}
