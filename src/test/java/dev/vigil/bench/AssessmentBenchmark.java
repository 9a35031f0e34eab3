package dev.vigil.bench;

import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.Ask;
import dev.vigil.model.io.Limits;
import dev.vigil.questionnaire.Assessment;
import dev.vigil.questionnaire.Consultation;
import dev.vigil.questionnaire.Questionnaire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Answer → updated findings for a medium assessment: 20 applications, 20 data stores and 20
 * services named (60 items), every question asked answered, then one answer changed back and
 * forth; each change re-settles the consultation and re-analyses. Prints p50 and p99 over 1,000
 * changes after a warm-up. Run it with bench/assessment.sh.
 */
public final class AssessmentBenchmark {

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(List.of(Path.of("rules")), Path.of("knowledge-base"), Limits.DEFAULT,
                SessionLimits.DEFAULT, ScenarioLimits.DEFAULT);
        try (Assessment a = new Assessment(ws, Questionnaire.load(Path.of("knowledge-base")), SessionLimits.DEFAULT)) {
            Consultation c = a.consultation();
            fill(c);
            var analysis = a.analyze("bench", Severity.MEDIUM);
            System.out.printf("assessment: %d answers, %d findings, %d facts after inference%n",
                    c.active().size(), analysis.findings().size(), analysis.session().facts().size());
            List<Double> settle = new ArrayList<>();
            List<Double> full = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                long t0 = System.nanoTime();
                c.answer("data-store-encrypted", "store-3", List.of(i % 2 == 0 ? "no" : "yes"));
                long t1 = System.nanoTime();
                a.analyze("bench", Severity.MEDIUM);
                long t2 = System.nanoTime();
                if (i >= 500) {
                    settle.add((t1 - t0) / 1e6);
                    full.add((t2 - t0) / 1e6);
                }
            }
            System.out.printf("answer → consultation settled: p50 %.2f ms, p99 %.2f ms%n", pct(settle, 50), pct(settle, 99));
            System.out.printf("answer → updated findings:     p50 %.2f ms, p99 %.2f ms (1,000 changes after 500 warm-up)%n",
                    pct(full, 50), pct(full, 99));
        }
    }

    private static void fill(Consultation c) throws Exception {
        Random random = new Random(7);
        c.answer("applications", "", names("App", 20));
        c.answer("data-stores", "", names("Store", 20));
        c.answer("data-kinds", "", List.of("personal", "payment", "financial"));
        c.answer("services", "", names("Service", 20));
        Ask next;
        while ((next = c.next(Set.of())) != null) {
            List<String> choices = new ArrayList<>(c.choices(next.question()).keySet());
            String value = switch (c.type(next.question())) {
                case "yes-no" -> random.nextBoolean() ? "yes" : "no";
                case "number" -> Integer.toString(1 + random.nextInt(9));
                case "text" -> "Text";
                case "items" -> "none";
                case "single" -> choices.get(random.nextInt(choices.size()));
                default -> choices.isEmpty() ? "none" : choices.get(random.nextInt(choices.size()));
            };
            c.answer(next.question(), next.item(), List.of(value));
        }
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + " " + i);
        }
        return out;
    }

    private static double pct(List<Double> xs, int p) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
