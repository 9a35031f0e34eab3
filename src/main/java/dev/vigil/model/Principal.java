package dev.vigil.model;

@Doc("A group of people or a technical identity with access to the system.")
public record Principal(
        @Required @Doc("Unique id.") String id,
        @Doc("Human-readable name.") String name,
        @Required @OneOf({"employee", "developer", "admin", "executive", "contractor", "vendor", "service-account", "customer"})
        @Doc("Kind of principal.") String kind,
        @Default("1") @Doc("How many people or identities.") int headcount,
        @Default("false") @Doc("Senior or publicly visible people (executives, finance, admins listed online): prime phishing targets.") boolean prominent,
        @Default("false") @Doc("Uses personal devices (BYOD) for work.") boolean personalDevices) {

    public boolean human() {
        return !kind.equals("service-account");
    }
}
