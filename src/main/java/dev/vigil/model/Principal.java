package dev.vigil.model;

@Doc("A group of people or a technical identity with access to the system.")
public record Principal(
        @Required @Doc("Unique id.") String id,
        @Doc("Human-readable name.") String name,
        @Required @OneOf({"employee", "developer", "admin", "executive", "contractor", "vendor", "service-account", "customer"})
        @Doc("Kind of principal.") String kind,
        @Default("1") @Doc("How many people or identities.") int headcount,
        @Verify("Are {name} senior or publicly visible people (executives, finance, admins listed online)?")
        @Doc("Senior or publicly visible people (executives, finance, admins listed online): prime phishing targets. Left out: unknown.")
        Boolean prominent,
        @Verify("Do {name} use personal devices (BYOD) for work?")
        @Doc("Uses personal devices (BYOD) for work. Left out: unknown.") Boolean personalDevices,
        @OneOf({"current", "former"}) @Default("current")
        @Doc("current, or former: people who have left (staff), whose engagement has ended (contractors, vendors) or an "
                + "identity that is retired; any access a former principal still holds is live access nobody needs.") String status) {

    public boolean human() {
        return !kind.equals("service-account");
    }
}
