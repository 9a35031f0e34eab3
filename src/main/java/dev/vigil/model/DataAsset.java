package dev.vigil.model;

import java.util.List;

@Doc("A data asset: information worth protecting.")
public record DataAsset(
        @Required @Doc("Unique id.") String id,
        @Doc("Human-readable name.") String name,
        @Required @OneOf({"public", "internal", "confidential", "restricted"})
        @Doc("Classification; confidential and restricted count as sensitive.") String classification,
        @OneOf({"personal", "payment", "credentials", "secrets", "health", "financial", "intellectual-property", "operational"})
        @Doc("Categories of data it contains.") List<String> categories,
        @Default("0") @Doc("Approximate number of records; large volumes raise the impact of a breach.") long records) {

    public boolean sensitive() {
        return classification.equals("confidential") || classification.equals("restricted");
    }
}
