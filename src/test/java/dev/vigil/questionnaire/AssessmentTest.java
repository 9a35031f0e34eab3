package dev.vigil.questionnaire;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.TestWorkspace;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentTest {

    @Test
    void exampleAnswersGiveAModelThatAnalyzesLikeItsExport() throws Exception {
        Workspace ws = TestWorkspace.get();
        Questionnaire q = Questionnaire.load(Path.of("knowledge-base"));
        try (Assessment a = new Assessment(ws, q, SessionLimits.DEFAULT)) {
            AnswersFile.replay("examples/assessment-answers.yaml", Files.readAllBytes(Path.of("examples/assessment-answers.yaml")), a.consultation());
            Analysis live = a.analyze("assessment", Severity.MEDIUM);
            String yaml = a.exportModel();
            System.out.println(yaml);
            Analysis exported = ws.analyzer().analyze(ws.loader().parse("export.yaml", yaml.getBytes(StandardCharsets.UTF_8)), Severity.MEDIUM);
            System.out.println(ids(live));
            System.out.println(a.consultation().unanswered());
            assertThat(ids(live)).isNotEmpty();
        }
    }

    static List<String> ids(Analysis a) {
        return a.findings().stream().map(Finding::id).sorted().toList();
    }
}
