package dev.vigil.knowledge;

import dev.vigil.model.Doc;
import dev.vigil.model.OneOf;
import dev.vigil.model.Required;

@Doc("A mitigation: a fix that lowers the likelihood and/or impact of the threats that list it.")
public record MitigationDef(
        @Required @Doc("Stable id.") String id,
        @Required @Doc("Short title, phrased as an action.") String title,
        @Required @Doc("What to do, concretely.") String description,
        @Required @OneOf({"mfa", "network", "code-change", "configuration", "process", "training", "monitoring", "backup"})
        @Doc("Kind of fix.") String kind,
        @Required @OneOf({"S", "M", "L"}) @Doc("Effort: S (days), M (weeks), L (months).") String effort,
        @OneOf({"element", "system"}) @dev.vigil.model.Default("element")
        @Doc("element: done to each element a finding is about (MFA for that group, TLS on that flow), one fix-plan action per "
                + "element; system: done once for the whole organisation (training, a patching SLA, an incident plan).") String scope,
        @Doc("For element scope: the concrete action, with {element} where the element's name goes, e.g. \"Block public "
                + "access to {element}\". Left out: the title and the element.") String action,
        @Required @Doc("How many steps (0-4) it lowers the likelihood of each threat it addresses.") int lowersLikelihood,
        @Required @Doc("How many steps (0-4) it lowers the impact of each threat it addresses.") int lowersImpact,
        @Required @Doc("Compliance controls it implements.") Compliance compliance) {

    /** The concrete action on the element (its display name), or the title for a system-wide fix. */
    public String actionOn(String elementName) {
        if (scope.equals("system") || elementName == null) {
            return title;
        }
        return action == null ? title + ": " + elementName : action.replace("{element}", elementName);
    }

    /** Effort as a cost weight for the fix plan. */
    public int cost() {
        return switch (effort) {
            case "S" -> 1;
            case "M" -> 2;
            default -> 4;
        };
    }
}
