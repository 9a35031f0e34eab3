package dev.vigil.questionnaire;

import dev.vigil.model.Doc;
import dev.vigil.model.io.Node;

import java.util.List;

@Doc("A questionnaire file in knowledge-base/questionnaires: a section and its questions.")
record QuestionnaireFile(
        @Doc("The model every assessment starts from (zones, system), as written in a model file.") Node base,
        @Doc("The section of this file.") SectionDef section,
        @Doc("Its questions, in the order they are asked.") List<QuestionDef> questions) {
}
