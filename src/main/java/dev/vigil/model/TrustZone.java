package dev.vigil.model;

@Doc("A network or trust zone; zones nest through parent.")
public record TrustZone(
        @Required @Doc("Unique id.") String id,
        @Doc("Human-readable name.") String name,
        @Required @OneOf({"internet", "dmz", "internal", "restricted", "cloud", "partner", "management", "endpoint"})
        @Doc("What kind of zone this is; internet means untrusted.") String kind,
        @Doc("Id of the enclosing zone.") String parent,
        @Verify("Are the components in {name} isolated from each other (micro-segmentation, network policies, host firewalls)?")
        @Doc("True when components inside are isolated from each other (micro-segmentation, network policies); false when "
                + "they can all reach each other. Left out: unknown.") Boolean segmented,
        @OneOf({"team", "third-party", "client", "out-of-scope"})
        @Doc("Who runs what is inside, for every component in the zone (and in zones nested in it) that does not say so "
                + "itself: a vendor's cloud, customers' devices, an out-of-scope network.") String ownership) {
}
