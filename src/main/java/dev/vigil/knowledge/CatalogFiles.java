package dev.vigil.knowledge;

import dev.vigil.model.Doc;

import java.util.List;

/** The shapes of the catalog files; each file may hold any of these lists. */
final class CatalogFiles {

    private CatalogFiles() {
    }

    @Doc("A threats catalog file.")
    record ThreatsFile(@Doc("Threats.") List<ThreatDef> threats) {
    }

    @Doc("A mitigations catalog file.")
    record MitigationsFile(@Doc("Mitigations.") List<MitigationDef> mitigations) {
    }

    @Doc("The attack-steps catalog file.")
    record StepsFile(@Doc("Kinds of attack step.") List<StepDef> steps) {
    }

    @Doc("The technologies catalog file.")
    record TechnologiesFile(@Doc("Attributes rules match on.") List<AttributeDef> attributes,
                            @Doc("Component types.") List<TechnologyDef> technologies) {
    }
}
