package dev.vigil.questionnaire;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.Ask;
import dev.vigil.model.io.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentTest {

    static final Path EXAMPLE = Path.of("examples/assessments/bookshop-answers.yaml");
    static Workspace ws;
    static Questionnaire questionnaire;

    @BeforeAll
    static void load() throws Exception {
        ws = TestWorkspace.get();
        questionnaire = Questionnaire.load(TestWorkspace.KNOWLEDGE);
    }

    static Assessment fromFile(String name, String yaml) throws Exception {
        Assessment a = new Assessment(ws, questionnaire, SessionLimits.DEFAULT);
        AnswersFile.replay(name, yaml.getBytes(StandardCharsets.UTF_8), a.consultation());
        return a;
    }

    static List<String> ids(Analysis a) {
        return a.findings().stream().map(f -> f.id() + " " + f.risk().severity().label()).sorted().toList();
    }

    @Test
    void theQuestionnaireHasAtLeastSixtyQuestionsInEveryArea() {
        assertThat(questionnaire.size()).isGreaterThanOrEqualTo(60);
        assertThat(questionnaire.ids().stream().map(questionnaire::sectionTitle).distinct())
                .contains("Scope and business criticality", "Components and hosting", "Data and its classification",
                        "Data flows and exposure", "People and access", "Third parties and dependencies", "How the team works",
                        "Existing controls");
    }

    @Test
    void theExportedModelGivesTheSameFindingsAsTheAssessment() throws Exception {
        try (Assessment a = fromFile("example", Files.readString(EXAMPLE))) {
            Analysis live = a.analyze("assessment", Severity.MEDIUM);
            String yaml = a.exportModel();
            Analysis exported = ws.analyzer().analyze(ws.loader().parse("export.yaml", yaml.getBytes(StandardCharsets.UTF_8)), Severity.MEDIUM);
            assertThat(live.findings()).hasSizeGreaterThan(5);
            assertThat(ids(exported)).isEqualTo(ids(live));
            assertThat(a.consultation().unanswered()).isEmpty();
            assertThat(live.finding("assessment-incomplete@assessed-system")).isEmpty();
            // the example answers one question "unknown": the export keeps it as a gap, so the finding stays
            assertThat(yaml).contains("unknowns:\n- question: Is the data in Invoices bucket encrypted at rest?\n  about: invoices-bucket");
            assertThat(live.finding("security-unknowns@assessed-system")).isPresent();
            // the controls question lists every control: those not picked are stated absent, so a missing
            // EDR is a finding, not a question
            assertThat(yaml).contains("absent_controls:\n  - ddos-protection\n  - rate-limiting\n  - edr\n");
        }
    }

    @Test
    void savingAndResumingGivesTheSameAssessment() throws Exception {
        try (Assessment a = fromFile("example", Files.readString(EXAMPLE))) {
            String saved = AnswersFile.write(a.consultation());
            try (Assessment b = fromFile("saved", saved)) {
                assertThat(b.exportModel()).isEqualTo(a.exportModel());
                assertThat(AnswersFile.write(b.consultation())).isEqualTo(saved);
            }
        }
    }

    @Test
    void requiredQuestionsLeftOpenMakeAnIncompleteFinding() throws Exception {
        try (Assessment a = fromFile("partial", "answers:\n  - {question: system-name, value: Shop}\n")) {
            assertThat(a.consultation().unanswered()).extracting(u -> u.question()).contains("criticality", "applications");
            assertThat(a.analyze("partial", Severity.MEDIUM).finding("assessment-incomplete@assessed-system")).isPresent();
        }
    }

    @Test
    void followUpsComeAndGoWithTheAnswersTheyDependOn() throws Exception {
        try (Assessment a = new Assessment(ws, questionnaire, SessionLimits.DEFAULT)) {
            Consultation c = a.consultation();
            assertThat(keys(c)).doesNotContain("admin-mfa");
            c.answer("applications", "", List.of("Web"));
            c.answer("admin-count", "", List.of("3"));
            assertThat(keys(c)).contains("admin-mfa", "admin-path");
            c.answer("admin-mfa", "", List.of("no"));
            assertThat(a.document().get("access").toString()).contains("mfa=false");
            c.answer("admin-count", "", List.of("0"));
            assertThat(keys(c)).doesNotContain("admin-mfa");
            assertThat(c.active()).extracting(GivenAnswer::question).doesNotContain("admin-mfa");
            assertThat((List<?>) a.document().get("access")).isEmpty();
            c.answer("admin-count", "", List.of("2"));
            assertThat(c.active()).extracting(GivenAnswer::question).contains("admin-mfa"); // set aside, then back
            assertThat(c.why("admin-mfa").ruleId()).isEqualTo("ask-admin-mfa");
        }
    }

    private static List<String> keys(Consultation c) {
        return c.asked().stream().map(Ask::key).toList();
    }

    @Test
    void badAnswersAreRefusedWithWhatIsAllowedAndChangeNothing() throws Exception {
        try (Assessment a = new Assessment(ws, questionnaire, SessionLimits.DEFAULT)) {
            Consultation c = a.consultation();
            String before = a.exportModel();
            assertThatThrownBy(() -> c.answer("admin-count", "", List.of("many"))).isInstanceOf(AnswerException.class)
                    .hasMessageContaining("whole number from 0 to 100000");
            assertThatThrownBy(() -> c.answer("criticality", "", List.of("extreme"))).hasMessageContaining("low, medium, high, critical");
            assertThatThrownBy(() -> c.answer("contractors", "", List.of("maybe"))).hasMessageContaining("yes, no or unknown");
            assertThatThrownBy(() -> c.answer("admin-mfa", "", List.of("yes"))).hasMessageContaining("not asked given the answers so far");
            assertThatThrownBy(() -> c.answer("admin-mfaa", "", List.of("yes"))).hasMessageContaining("Did you mean 'admin-mfa'");
            assertThatThrownBy(() -> c.answer("applications", "", List.of("Web", "web!"))).hasMessageContaining("named twice");
            c.answer("applications", "", List.of("Web"));
            assertThatThrownBy(() -> c.answer("data-stores", "", List.of("WEB"))).hasMessageContaining("already named");
            assertThat(c.active()).hasSize(1);
            assertThat(c.activeAnswer("applications", "").names()).containsExactly("Web");
            assertThat(before).isNotEqualTo(a.exportModel());
        }
    }

    @Test
    void answersFilesWithUnknownQuestionsOrBadValuesAreRefusedWithTheirLines() {
        assertThatThrownBy(() -> fromFile("a.yaml", "answers:\n  - {question: system-nme, value: x}\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a.yaml:2").hasMessageContaining("Did you mean 'system-name'");
        assertThatThrownBy(() -> fromFile("b.yaml", "answers:\n  - {question: criticality, value: huge}\n"))
                .hasMessageContaining("b.yaml:2").hasMessageContaining("not one of the choices");
        assertThatThrownBy(() -> fromFile("c.yaml", "answers:\n  - {question: admin-mfa, value: 'yes'}\n"))
                .hasMessageContaining("not asked given the other answers");
        assertThatThrownBy(() -> fromFile("d.yaml", "answers: [ {question: \n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("d.yaml:");
        assertThatThrownBy(() -> fromFile("e.yaml", "answers:\n  - {question: criticality}\n")).hasMessageContaining("value");
    }

    @Test
    void everyQuestionAnsweredUnknownStillGivesAValidModel() throws Exception {
        try (Assessment a = new Assessment(ws, questionnaire, SessionLimits.DEFAULT)) {
            Consultation c = a.consultation();
            Ask next;
            while ((next = c.next(java.util.Set.of())) != null) {
                c.answer(next.question(), next.item(), List.of(anyAnswer(c, next, new Random(0), true)));
            }
            a.model("all-unknown"); // throws when an unknown sets a value the model refuses
            assertThat(c.unknowns()).isNotEmpty();
        }
    }

    /**
     * The differential test: random answers, revised at random, give the findings of a fresh
     * assessment of the final answers alone.
     */
    @Test
    void randomAnswersWithRevisionsGiveTheFindingsOfAFreshAssessment() throws Exception {
        for (int seed = 0; seed < 8; seed++) {
            Random random = new Random(seed);
            try (Assessment a = new Assessment(ws, questionnaire, SessionLimits.DEFAULT)) {
                Consultation c = a.consultation();
                List<Ask> answered = new ArrayList<>();
                for (int step = 0; step < 120; step++) {
                    Ask next = c.next(java.util.Set.of());
                    boolean revise = !answered.isEmpty() && (next == null || random.nextInt(4) == 0);
                    Ask ask = revise ? answered.get(random.nextInt(answered.size())) : next;
                    if (ask == null || c.asked().stream().noneMatch(x -> x.key().equals(ask.key()))) {
                        continue;
                    }
                    c.answer(ask.question(), ask.item(), List.of(anyAnswer(c, ask, random, false).split(",")));
                    answered.add(ask);
                }
                try (Assessment fresh = fromFile("final", AnswersFile.write(c))) {
                    assertThat(fresh.exportModel()).as("seed %d", seed).isEqualTo(a.exportModel());
                    assertThat(ids(fresh.analyze("x", Severity.MEDIUM))).as("seed %d", seed).isEqualTo(ids(a.analyze("x", Severity.MEDIUM)));
                }
            }
        }
    }

    @Test
    void togglingAnAnswerAThousandTimesLeavesWorkingMemoryAsItWas() throws Exception {
        try (Assessment a = fromFile("example", Files.readString(EXAMPLE))) {
            Consultation c = a.consultation();
            long[] start = c.sizes();
            for (int i = 0; i < 1000; i++) {
                c.answer("admin-count", "", List.of(i % 2 == 0 ? "0" : "3"));
            }
            c.answer("admin-count", "", List.of("3"));
            assertThat(c.sizes()).isEqualTo(start);
        }
    }

    /** A valid answer: unknown when allowed and asked for, else a random choice, count, name or yes/no. */
    static String anyAnswer(Consultation c, Ask ask, Random random, boolean unknown) {
        String type = c.type(ask.question());
        if (unknown && c.allowsUnknown(ask.question())) {
            return "unknown";
        }
        Map<String, String> choices = c.choices(ask.question());
        List<String> values = new ArrayList<>(choices.keySet());
        return switch (type) {
            case "yes-no" -> random.nextBoolean() ? "yes" : random.nextInt(3) == 0 ? "unknown" : "no";
            case "number" -> Integer.toString(random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(20));
            case "text" -> "Text " + random.nextInt(100);
            case "items" -> random.nextInt(5) == 0 ? "none" : "Item " + ask.question().charAt(0) + random.nextInt(3) + ",Other " + ask.question().charAt(1);
            case "single" -> values.isEmpty() ? "unknown" : values.get(random.nextInt(values.size()));
            default -> values.isEmpty() ? "none" : String.join(",", values.subList(0, 1 + random.nextInt(values.size())));
        };
    }
}
