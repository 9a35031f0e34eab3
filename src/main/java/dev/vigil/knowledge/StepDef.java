package dev.vigil.knowledge;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;

@Doc("A kind of step an attack scenario takes; threats name the steps they enable.")
public record StepDef(
        @Required @Doc("Stable id that threats name in enables.") String id,
        @Required @Doc("Short title.") String title,
        @Required @Doc("The MITRE ATT&CK tactic it corresponds to (TA….).") String tactic,
        @Required @Doc("What the attacker does in a step of this kind.") String description) {
}
