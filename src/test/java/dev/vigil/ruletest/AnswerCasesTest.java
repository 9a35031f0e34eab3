package dev.vigil.ruletest;

import dev.vigil.TestWorkspace;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cases given as the answers of an assessment instead of a model. */
class AnswerCasesTest {

    @TempDir
    Path dir;

    private List<RuleCase> load(String yaml) throws Exception {
        Path f = dir.resolve("x.test.yaml");
        Files.writeString(f, yaml);
        return new RuleCaseLoader().load(f);
    }

    private CaseResult run(String yaml) throws Exception {
        RuleCaseRunner runner = new RuleCaseRunner(TestWorkspace.get(), Questionnaire.load(TestWorkspace.KNOWLEDGE));
        return runner.run(load(yaml).get(0));
    }

    @Test
    void givenAndAnswersTogetherAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> load("""
                cases:
                  - name: both
                    given: {components: []}
                    answers: []
                """)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x.test.yaml:4")
                .hasMessageContaining("either 'given' (a model, at line 3) or 'answers'");
    }

    @Test
    void answersMustBeAList() {
        assertThatThrownBy(() -> load("""
                cases:
                  - name: not a list
                    answers: {question: system-name, value: Shop}
                """)).isInstanceOf(InvalidInputException.class).hasMessageContaining("answers is a list");
    }

    @Test
    void anAnswerThatCannotBeReplayedFailsTheCaseAndSaysWhere() throws Exception {
        CaseResult r = run("""
                cases:
                  - name: a follow-up without the answer it follows from, and a bad value
                    answers:
                      - {question: admin-mfa, value: "yes"}
                      - {question: criticality, value: enormous}
                    expect:
                      - {rule: ask-opening, target: criticality}
                """);
        assertThat(r.status()).isEqualTo(CaseResult.Status.FAILED);
        assertThat(r.report()).contains("x.test.yaml:4:", "'admin-mfa' is not asked given the other answers",
                "x.test.yaml:5:", "criticality: 'enormous' is not one of the choices");
    }

    @Test
    void aFailureListsTheQuestionsAskedWithTheAnswersThatLedToThem() throws Exception {
        CaseResult r = run("""
                cases:
                  - name: wrong target
                    answers:
                      - {question: admin-count, value: 4}
                    expect:
                      - {rule: ask-admin-mfa, target: developer-mfa}
                """);
        assertThat(r.status()).isEqualTo(CaseResult.Status.FAILED);
        assertThat(r.report()).contains("expected ask-admin-mfa@developer-mfa to fire, but it did not",
                "ask-admin-mfa@admin-mfa ← Answer[question=admin-count", "required-unanswered@admin-mfa ←");
        assertThat(r.firedRules()).contains("ask-opening", "ask-admin-mfa", "required-unanswered", "assessment-incomplete");
    }

    @Test
    void aRunnerWithoutTheQuestionnaireSaysSo() throws Exception {
        var ws = TestWorkspace.get();
        CaseResult r = new RuleCaseRunner(ws.analyzer(), ws.loader()).run(load("""
                cases:
                  - name: answers
                    answers: []
                """).get(0));
        assertThat(r.status()).isEqualTo(CaseResult.Status.FAILED);
        assertThat(r.report()).contains("needs the questionnaire");
    }
}
