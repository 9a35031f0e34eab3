package dev.vigil.importers;

import dev.vigil.model.Component;
import dev.vigil.model.SystemModel;
import dev.vigil.model.io.Names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CycloneDX SBOM (JSON 1.4–1.6) → dependencies of one component of an existing model: every
 * package a {@code library} (or {@code container-image}) with its ecosystem, version, purl and
 * licences, and the SBOM's vulnerabilities as the known vulnerabilities of the packages they affect.
 * Linear in the number of packages (maps by bom-ref, no search per package).
 */
final class CycloneDxImporter {

    /** purl type → Vigil ecosystem. */
    static final Map<String, String> ECOSYSTEMS = Map.of("maven", "maven", "npm", "npm", "pypi", "pypi", "golang", "go",
            "nuget", "nuget", "gem", "rubygems", "cargo", "cargo", "docker", "docker", "oci", "docker");

    private static final Set<String> SPEC_VERSIONS = Set.of("1.4", "1.5", "1.6");

    private final Ctx ctx;

    CycloneDxImporter(Ctx ctx) {
        this.ctx = ctx;
    }

    /** Adds the SBOM's packages to {@code doc}, the document of {@code model}. */
    void merge(In root, Map<String, Object> doc, SystemModel model, String componentId) {
        String version = root.text("specVersion", "");
        if (!SPEC_VERSIONS.contains(version)) {
            root.get("specVersion").warn("CycloneDX " + version + " is not 1.4, 1.5 or 1.6; read as 1.6");
        }
        String usedBy = component(root, model, componentId);
        if (usedBy == null) {
            return;
        }
        Ids ids = new Ids();
        reserveIds(doc, ids);
        Map<String, Map<String, Object>> byRef = new LinkedHashMap<>();
        List<Map<String, Object>> added = new ArrayList<>();
        Map<String, Set<String>> unknownEcosystems = new TreeMap<>();
        collect(root.get("components"), ids, usedBy, byRef, added, unknownEcosystems);
        unknownEcosystems.forEach((type, names) -> ctx.warn("components", "purl type '" + type + "' has no Vigil ecosystem; "
                + names.size() + " package(s) mapped to 'other'"));
        vulnerabilities(root, byRef);
        if (added.isEmpty()) {
            root.get("components").warn("the SBOM lists no components; the model is unchanged");
        }
        @SuppressWarnings("unchecked")
        List<Object> deps = (List<Object>) doc.computeIfAbsent("dependencies", k -> new ArrayList<>());
        deps.addAll(added);
    }

    /** Every id already in the document is taken: new dependency ids must not clash with them. */
    private static void reserveIds(Map<String, Object> doc, Ids ids) {
        doc.values().forEach(section -> {
            if (section instanceof Map<?, ?> m && m.get("id") instanceof String id) {
                ids.reserve(id);
            } else if (section instanceof List<?> list) {
                list.forEach(e -> {
                    if (e instanceof Map<?, ?> m && m.get("id") instanceof String id) {
                        ids.reserve(id);
                    }
                });
            }
        });
    }

    /** The component the packages are used by: the one named, or the model's only one. */
    private String component(In root, SystemModel model, String wanted) {
        List<String> candidates = model.components().stream().map(Component::id).toList();
        if (wanted != null && candidates.contains(wanted)) {
            return wanted;
        }
        if (wanted == null && candidates.size() == 1) {
            return candidates.get(0);
        }
        String message = wanted != null ? "the model has no component '" + wanted + "'." + Names.didYouMean(wanted, candidates)
                : candidates.isEmpty() ? "the model has no components; add the one that uses these packages first"
                : "the model has " + candidates.size() + " components; say which one uses these packages with --component.";
        ctx.problem(null, "", message + (candidates.isEmpty() ? "" : " Components: " + String.join(", ", candidates)));
        return null;
    }

    private void collect(In list, Ids ids, String usedBy, Map<String, Map<String, Object>> byRef, List<Map<String, Object>> added,
                         Map<String, Set<String>> unknownEcosystems) {
        for (In c : list.items()) {
            Map<String, Object> dep = dependency(c, ids, usedBy, unknownEcosystems);
            if (dep != null) {
                added.add(dep);
                String ref = c.text("bom-ref");
                if (ref != null) {
                    byRef.putIfAbsent(ref, dep);
                }
            }
            // CycloneDX nests components (a package inside a bundle); each is a dependency of its own
            collect(c.get("components"), ids, usedBy, byRef, added, unknownEcosystems);
        }
    }

    private Map<String, Object> dependency(In c, Ids ids, String usedBy, Map<String, Set<String>> unknownEcosystems) {
        String name = c.text("name");
        if (name == null) {
            c.get("name").problem("a component needs a name");
            return null;
        }
        String group = c.text("group");
        String full = group == null || group.isBlank() ? name : group + "/" + name;
        String version = c.text("version");
        Map<String, Object> dep = Doc.element(ids.claim(version == null ? full : full + "@" + version, "package"), full);
        String type = c.text("type", "library");
        dep.put("kind", type.equals("container") ? "container-image" : "library");
        String purl = c.text("purl");
        String ecosystem = ecosystem(purl, type, full, unknownEcosystems);
        dep.put("ecosystem", ecosystem);
        dep.put("version", version);
        dep.put("used_by", List.of(usedBy));
        dep.put("purl", purl);
        List<String> licenses = licenses(c);
        if (!licenses.isEmpty()) {
            dep.put("licenses", licenses);
        }
        return dep;
    }

    private static String ecosystem(String purl, String type, String name, Map<String, Set<String>> unknown) {
        if (purl != null && purl.startsWith("pkg:") && purl.indexOf('/') > 4) {
            String purlType = purl.substring(4, purl.indexOf('/')).toLowerCase(java.util.Locale.ROOT);
            String mapped = ECOSYSTEMS.get(purlType);
            if (mapped != null) {
                return mapped;
            }
            unknown.computeIfAbsent(purlType, k -> new LinkedHashSet<>()).add(name);
            return "other";
        }
        if (type.equals("container")) {
            return "docker";
        }
        unknown.computeIfAbsent("(no purl)", k -> new LinkedHashSet<>()).add(name);
        return "other";
    }

    /** SPDX ids, names or expressions, in the SBOM's order, each once. */
    private static List<String> licenses(In c) {
        Set<String> out = new LinkedHashSet<>();
        for (In choice : c.items("licenses")) {
            String expression = choice.text("expression");
            In license = choice.get("license");
            String id = expression != null ? expression : license.text("id") != null ? license.text("id") : license.text("name");
            if (id != null && !id.isBlank()) {
                out.add(Doc.name(id));
            }
        }
        return List.copyOf(out);
    }

    /** Vulnerability id → the packages it affects (affects[].ref is a bom-ref); unknown refs are warned about once each. */
    private void vulnerabilities(In root, Map<String, Map<String, Object>> byRef) {
        Map<String, Set<String>> byDependency = new HashMap<>();
        for (In v : root.items("vulnerabilities")) {
            String id = v.text("id");
            if (id == null) {
                v.get("id").problem("a vulnerability needs an id (CVE, GHSA …)");
                continue;
            }
            for (In affects : v.items("affects")) {
                String ref = affects.text("ref");
                Map<String, Object> dep = ref == null ? null : byRef.get(ref);
                if (dep == null) {
                    affects.get("ref").warn("'" + ref + "' is not the bom-ref of a component; vulnerability " + id + " not attached");
                    continue;
                }
                if (byDependency.computeIfAbsent((String) dep.get("id"), k -> new LinkedHashSet<>()).add(Doc.name(id))) {
                    @SuppressWarnings("unchecked")
                    List<String> known = (List<String>) dep.computeIfAbsent("known_vulnerabilities", k -> new ArrayList<String>());
                    known.add(Doc.name(id));
                }
            }
        }
    }
}
