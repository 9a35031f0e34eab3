package dev.vigil.knowledge;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;

@Doc("An attribute that rules match on, such as stores-data or parses-untrusted-input.")
public record AttributeDef(
        @Required @Doc("Id.") String id,
        @Required @Doc("What having the attribute means.") String description) {
}
