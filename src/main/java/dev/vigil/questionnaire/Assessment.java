package dev.vigil.questionnaire;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.ModelWriter;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.model.io.ModelLoader;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An assessment: the consultation, and after any answer the threat model its answers describe,
 * analysed like a model file, with the open required questions passed in as facts.
 */
public final class Assessment implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Workspace workspace;
    private final Consultation consultation;

    public Assessment(Workspace workspace, Questionnaire questionnaire, SessionLimits limits) throws SessionLimitException {
        this.workspace = workspace;
        this.consultation = new Consultation(workspace.rules(), questionnaire, limits);
    }

    public Consultation consultation() {
        return consultation;
    }

    /** The model the current answers describe, as a model document. */
    public Map<String, Object> document() {
        return ModelDraft.build(consultation.questionnaire(), consultation.active());
    }

    /** The model the answers describe, checked as a model file is (a failure is a questionnaire defect). */
    public LoadedModel model(String name) throws InvalidInputException {
        Map<String, Object> doc = document();
        // the document as JSON, not the exported YAML: the same identity at a fraction of the cost per answer
        String hash = ModelLoader.sha256(JSON.writeValueAsBytes(doc));
        return workspace.loader().fromTree(name, ModelDraft.toNode(doc), hash, new ArrayList<>());
    }

    /** The findings, scenarios and fix plan of the answers so far; the open required questions go in as facts. */
    public Analysis analyze(String name, Severity appetite) throws InvalidInputException, SessionLimitException {
        return workspace.analyzer().analyze(model(name), appetite, List.of(), null, consultation.unanswered());
    }

    /** The model as YAML that {@code vigil analyze} accepts. */
    public String exportModel() {
        return ModelWriter.write(List.of("Written by vigil assess from the answers of an assessment; vigil analyze reads it."),
                ModelWriter.typedText(document()));
    }

    @Override
    public void close() {
        consultation.close();
    }
}
