package dev.vigil.knowledge;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;
import dev.vigil.model.Vocabulary;

import java.util.List;

@Doc("A component type and the attributes rules match on.")
public record TechnologyDef(
        @Required @Doc("Id used as a component's type.") String id,
        @Required @Doc("Short title.") String title,
        @Required @Vocabulary("attributes") @Doc("Attributes every component of this type has.") List<String> attributes) {
}
