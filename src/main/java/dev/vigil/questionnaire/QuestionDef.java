package dev.vigil.questionnaire;

import dev.vigil.model.Default;
import dev.vigil.model.Doc;
import dev.vigil.model.OneOf;
import dev.vigil.model.Required;

import java.util.List;

@Doc("A question of the assessment questionnaire, and what its answers put into the model.")
record QuestionDef(
        @Required @Doc("Unique id, lower-case words joined by dashes.") String id,
        @Required @Doc("The question in plain language; {item} stands for the item it is asked about.") String text,
        @Doc("Help: why it matters and how to answer.") String help,
        @Required @OneOf({"yes-no", "single", "multi", "number", "text", "items"})
        @Doc("Answer type: yes/no, one or several choices, a whole number, free text, or a list of named items.") String type,
        @Default("false") @Doc("An assessment is incomplete while this question is asked and unanswered.") boolean required,
        @Doc("Id of the items question; this question is asked once for each item named there.") String forEach,
        @Default("false") @Doc("Asked only when a rule in rules/questionnaire asks it (@asks).") boolean followUp,
        @Doc("The choices of a single or multi question.") List<ChoiceDef> choices,
        @Doc("Items or multi questions whose items or picks are the choices (for example the data stores a service connects to).") List<String> choicesFrom,
        @Doc("Where the answer goes in the model: system.x, practices.x, practices.backups.x, list[id].x, list[*].x, "
                + "list[field=value].x, or a field of the question's item (x).") String sets,
        @Doc("A fixed value to set instead of the answer; with {value} in sets, each pick of a multi answer names a target.")
        String setsTo,
        @Doc("For a multi question whose choices are everything there is to pick (the controls a system may have): where "
                + "the choices not picked go, as a list, so what the answer leaves out is stated absent, not unknown.") String unpickedSets,
        @Doc("What the model gets when the answer is unknown (the pessimistic value); left out: the text unknown.") String unknownMeans,
        @Doc("Model elements the answer creates.") List<Creates> creates,
        @Default("0") @Doc("Smallest allowed number.") long min,
        @Default("1000000") @Doc("Largest allowed number.") long max) {

    /** An unknown answer is allowed except where it means nothing (names, lists of items). */
    boolean allowsUnknown() {
        return !type.equals("items") && !type.equals("text");
    }
}
