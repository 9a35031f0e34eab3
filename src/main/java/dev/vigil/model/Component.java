package dev.vigil.model;

import java.util.List;

@Doc("A technical asset: an application, service, data store, device or SaaS the system uses.")
public record Component(
        @Required @Doc("Unique id.") String id,
        @Doc("Human-readable name.") String name,
        @Required @Vocabulary("technologies") @Doc("Technology type from knowledge-base/technologies; brings its attributes.") String type,
        @Required @Doc("Id of the trust zone the component runs in.") String zone,
        @OneOf({"internet", "partner", "internal"}) @Default("internal")
        @Doc("Who can reach the component over the network.") String exposure,
        @OneOf({"none", "password", "api-key", "token", "sso", "mfa", "mtls"}) @Default("none")
        @Doc("How callers authenticate to it.") String authentication,
        @Default("false") @Doc("Data stored by the component is encrypted at rest.") boolean encryptedAtRest,
        @OneOf({"on-premises", "cloud", "kubernetes", "saas", "colocation", "shared-hosting", "endpoint"}) @Default("cloud")
        @Doc("Where it runs.") String hosting,
        @Doc("Ids of data assets the component stores.") List<String> stores,
        @Doc("Ids of data assets the component processes without storing.") List<String> processes,
        @Vocabulary("attributes")
        @Doc("Attributes on top of those of its type (see knowledge-base/technologies).") List<String> attributes) {

    /** True when the component stores or processes the data asset. */
    public boolean handles(String dataId) {
        return stores.contains(dataId) || processes.contains(dataId);
    }
}
