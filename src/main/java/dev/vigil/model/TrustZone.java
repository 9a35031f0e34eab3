package dev.vigil.model;

@Doc("A network or trust zone; zones nest through parent.")
public record TrustZone(
        @Required @Doc("Unique id.") String id,
        @Doc("Human-readable name.") String name,
        @Required @OneOf({"internet", "dmz", "internal", "restricted", "cloud", "partner", "management", "endpoint"})
        @Doc("What kind of zone this is; internet means untrusted.") String kind,
        @Doc("Id of the enclosing zone.") String parent,
        @Default("false")
        @Doc("True when components inside are isolated from each other (micro-segmentation, network policies).") boolean segmented) {
}
