package dev.vigil.questionnaire;

import dev.vigil.model.Doc;
import dev.vigil.model.OneOf;
import dev.vigil.model.Required;
import dev.vigil.model.io.Node;

import java.util.List;

@Doc("A model element an answer creates. In the element, {item} is the item's id, {name} its name, {value} the answer "
        + "(each value of a list answer in turn) and {each} the id of each element of the list named by each.")
record Creates(
        @Required @OneOf({"zones", "components", "data", "flows", "principals", "access", "dependencies", "controls"})
        @Doc("The model list the element goes into.") String list,
        @Required @Doc("The element, as it would be written in a model file.") Node element,
        @Doc("Only for these answers (yes, a choice's value, or positive for a number above zero); left out: any known answer.")
        List<String> when,
        @OneOf({"zones", "components", "data", "flows", "principals", "dependencies", "controls"})
        @Doc("Repeat the element for each element of this list.") String each) {
}
