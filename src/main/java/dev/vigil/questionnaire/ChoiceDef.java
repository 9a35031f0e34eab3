package dev.vigil.questionnaire;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;

import java.util.List;

@Doc("A choice of a single or multi question.")
record ChoiceDef(
        @Required @Doc("The value recorded (and put into the model unless the choice sets something else).") String value,
        @Required @Doc("What the person sees.") String label,
        @Doc("Model elements this choice creates when chosen.") List<Creates> creates) {
}
