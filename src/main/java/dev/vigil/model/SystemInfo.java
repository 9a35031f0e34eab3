package dev.vigil.model;

import java.util.List;

@Doc("Scope: what the system is, who owns it and what the analysis covers.")
public record SystemInfo(
        @Required @Doc("Stable identifier of the system, used in reports and finding ids.") String id,
        @Required @Doc("Human-readable name.") String name,
        @Doc("Owning team or person.") String owner,
        @Doc("Business purpose in a sentence.") String purpose,
        @OneOf({"low", "medium", "high", "critical"}) @Default("medium")
        @Doc("Business criticality; raises the impact of threats to the system.") String criticality,
        @Doc("What the analysis covers.") List<String> inScope,
        @Doc("What the analysis deliberately leaves out.") List<String> outOfScope,
        @OneOf({"low", "medium", "high", "critical"})
        @Doc("Highest residual severity the owner accepts; overrides the command-line default.") String riskAppetite) {
}
