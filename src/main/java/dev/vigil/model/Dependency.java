package dev.vigil.model;

import java.util.List;

@Doc("A third-party dependency: library, SaaS vendor, CI/CD tool, infrastructure provider.")
public record Dependency(
        @Required @Doc("Unique id.") String id,
        @Doc("Package or product name.") String name,
        @Required @OneOf({"library", "container-image", "saas", "ci-cd", "identity-provider", "payment-provider", "infrastructure", "managed-service"})
        @Doc("Kind of dependency.") String kind,
        @OneOf({"maven", "npm", "pypi", "go", "nuget", "rubygems", "cargo", "docker", "other"})
        @Doc("Package ecosystem, for libraries and images.") String ecosystem,
        @Doc("Version in use.") String version,
        @Doc("Newest available version.") String latestVersion,
        @Verify("Is {name} still maintained (releases and security fixes)?")
        @Doc("The project is actively maintained. Left out: unknown.") Boolean maintained,
        @Doc("Known vulnerability ids affecting the version in use (CVE, GHSA).") List<String> knownVulnerabilities,
        @Doc("Ids of components that use or embed it.") List<String> usedBy,
        @Doc("Ids of data assets shared with the vendor.") List<String> dataShared,
        @Verify("Is {name} pulled from a public registry under a name that could also exist internally?")
        @Doc("Pulled from a public registry with a name that could also exist internally (dependency confusion). Left out: unknown.") Boolean publicRegistry,
        @Doc("Package URL (purl) that identifies the package, e.g. pkg:npm/lodash@4.17.21; vigil import --from cyclonedx fills it.") String purl,
        @Doc("Licences of the version in use, as SPDX ids or expressions (MIT, Apache-2.0 OR MIT) or the name the SBOM gives.") java.util.List<String> licenses) {

    /**
     * True when the newest version is later than the one in use, comparing dot-separated parts
     * numerically where they are numbers ({@code 1.10 > 1.9}, {@code 1.2 == 1.2.0}).
     */
    public boolean outdated() {
        return version != null && latestVersion != null && compareVersions(latestVersion, version) > 0;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("[.\\-+]");
        String[] y = b.split("[.\\-+]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}") ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
