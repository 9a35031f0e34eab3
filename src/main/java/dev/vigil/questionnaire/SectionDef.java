package dev.vigil.questionnaire;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;

@Doc("A section of the questionnaire; sections are asked in file order.")
record SectionDef(@Required @Doc("Unique id.") String id, @Required @Doc("Title shown to the person.") String title) {
}
