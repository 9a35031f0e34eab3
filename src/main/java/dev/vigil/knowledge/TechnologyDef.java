package dev.vigil.knowledge;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;
import dev.vigil.model.Vocabulary;

import java.util.List;

@Doc("A component type and the attributes rules match on.")
public record TechnologyDef(
        @Required @Doc("Id used as a component's type.") String id,
        @Required @Doc("Short title.") String title,
        @Required @Vocabulary("attributes") @Doc("Attributes every component of this type has.") List<String> attributes,
        @dev.vigil.model.OneOf({"team", "third-party", "client"})
        @Doc("Who runs a component of this type unless the model says otherwise: client for what runs on customers' "
                + "devices (browsers, mobile apps), third-party for vendor services; left out, the team.") String ownership) {
}
