package dev.vigil.model;

import java.util.List;

@Doc("A technical asset: an application, service, data store, device or SaaS the system uses.")
public record Component(
        @Required @Doc("Unique id.") String id,
        @Doc("Human-readable name.") String name,
        @Required @Vocabulary("technologies") @Doc("Technology type from knowledge-base/technologies; brings its attributes.") String type,
        @Required @Doc("Id of the trust zone the component runs in.") String zone,
        @OneOf({"internet", "partner", "internal", "unknown"}) @Default("unknown") @Verify("Can {name} be reached from the internet?")
        @Doc("Who can reach the component over the network. Left out: unknown; a component in an internet zone is reachable "
                + "from the internet, one in a DMZ may be (rules that need it ask), one in an internal zone is not.") String exposure,
        @OneOf({"none", "password", "api-key", "token", "sso", "mfa", "mtls", "unknown"}) @Default("unknown")
        @Verify("How do callers authenticate to {name}?")
        @Doc("How callers authenticate to it. Left out: unknown.") String authentication,
        @Verify("Is the data {name} stores encrypted at rest?")
        @Doc("Data stored by the component is encrypted at rest. Left out: unknown.") Boolean encryptedAtRest,
        @OneOf({"on-premises", "cloud", "kubernetes", "saas", "colocation", "shared-hosting", "endpoint", "unknown"}) @Default("unknown")
        @Verify("Where does {name} run, and who hosts it?") @Doc("Where it runs. Left out: unknown.") String hosting,
        @OneOf({"team", "third-party", "client", "out-of-scope"})
        @Doc("Who runs it: the team (its configuration, patching and monitoring are the team's), a third party (a vendor or "
                + "SaaS: only what crosses the boundary is the team's), a client (customers' browsers and devices) or "
                + "out-of-scope (shown, never analysed itself). Left out: the zone's, else what its type says (a SaaS "
                + "application is third-party), else third-party for hosting: saas, else team.") String ownership,
        @Verify("Does the team write the code of {name}, or run a product or package as shipped?")
        @Doc("true: the team writes this component's code, so flaws in it (injection, XSS, SSRF, unsafe deserialization, "
                + "uploads) are the team's to find and fix; false: it is a product or open-source package run as shipped, whose "
                + "flaws reach the team as vendor patches (the patching and dependency rules). Left out: unknown, and "
                + "findings about flaws in its code are questions.") Boolean customCode,
        @Doc("Ids of data assets the component stores.") List<String> stores,
        @Doc("Ids of data assets the component processes without storing.") List<String> processes,
        @Vocabulary("attributes")
        @Doc("Attributes on top of those of its type (see knowledge-base/technologies).") List<String> attributes) {

    /** True when the component stores or processes the data asset. */
    public boolean handles(String dataId) {
        return stores.contains(dataId) || processes.contains(dataId);
    }
}
