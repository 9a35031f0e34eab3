package dev.vigil.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * OWASP Threat Model Library (TM-BOM) JSON → Vigil. The system part becomes a model: trust zones
 * zones, components and data stores components, data sets data (placed in their stores), data flows
 * flows, and the actors that flows start or end at components too (Vigil's flows join components),
 * with a principal and a grant for each person who reaches a component. The expert's part stays the
 * expert's: threats, controls, risks, assumptions and threat personas become notes under their own
 * ids; Vigil's rules find the threats again from the facts.
 */
final class TmBomImporter {

    /** The schema's versions this mapping was written against. */
    private static final Set<String> VERSIONS = Set.of("1.0", "1.0.0", "1.0.1", "1.0.2");

    /** TM-BOM data store type → Vigil technology type. */
    private static final Map<String, String> STORE_TYPES = Map.of("sql", "relational-database", "key_value", "nosql-database",
            "document", "nosql-database", "object", "object-storage", "graph", "nosql-database", "time_series", "nosql-database");

    /** TM-BOM authentication method → Vigil authentication; weakest first, as Vigil's importers take the weakest. */
    private static final Map<String, String> AUTH = Map.of("none", "none", "password", "password", "challenge_response", "password",
            "token", "token", "sso", "sso", "social", "sso", "otp", "mfa", "biometrics", "mfa", "public_key", "mtls");
    private static final List<String> STRENGTH = List.of("none", "password", "api-key", "token", "sso", "mfa", "mtls");

    private final Ctx ctx;
    private final Doc doc = new Doc();
    private final Map<String, String> zoneIds = new HashMap<>();
    /** TM-BOM component, data store or actor name → Vigil component id. */
    private final Map<String, String> componentIds = new HashMap<>();
    private final Map<String, String> dataIds = new HashMap<>();
    private final Map<String, String> zoneOf = new HashMap<>();
    /** Vigil store id → the data sets placed in it. */
    private final Map<String, List<String>> placed = new HashMap<>();
    /** Actor name → its principal id, for people. */
    private final Map<String, String> principals = new HashMap<>();
    private final Map<String, In> actors = new HashMap<>();
    private String source = "tm-bom";

    TmBomImporter(Ctx ctx) {
        this.ctx = ctx;
    }

    Doc map(In root) {
        String version = root.text("version", "");
        if (!VERSIONS.contains(version)) {
            root.get("version").warn("version '" + version + "' is not one this mapping knows (1.0 to 1.0.2); read as 1.0.2");
        }
        scope(root);
        root.items("trust_zones").forEach(this::trustZone);
        root.items("actors").forEach(a -> actors.putIfAbsent(a.text("symbolic_name", ""), a));
        root.items("components").forEach(c -> component(c, false));
        root.items("data_stores").forEach(s -> component(s, true));
        root.items("data_sets").forEach(this::dataSet);
        Set<String> flowActors = new java.util.TreeSet<>();
        root.items("data_flows").forEach(f -> collectActors(f, flowActors));
        flowActors.forEach(a -> actor(actors.get(a)));
        root.items("data_flows").forEach(this::dataFlow);
        boundaries(root);
        if (doc.components.isEmpty()) {
            root.get("components").problem("the file has no components or data stores, so there is nothing to model");
        }
        expertPart(root);
        doc.exposeReceiversOfInternetZones();
        return doc;
    }

    private void scope(In root) {
        In scope = root.get("scope");
        doc.system(scope.text("title"), "TM-BOM model", null, scope.text("description", root.text("description")));
        source = "tm-bom: " + doc.system.get("name");
        String criticality = switch (scope.text("business_criticality", "")) {
            case "minimal", "low" -> "low";
            case "moderate" -> "medium";
            case "high" -> "high";
            case "maximal" -> "critical";
            default -> null;
        };
        if (criticality != null) {
            doc.system.put("criticality", criticality);
        }
    }

    private void trustZone(In z) {
        String name = z.text("symbolic_name");
        if (name == null) {
            z.get("symbolic_name").problem("every trust zone needs a symbolic_name");
            return;
        }
        if (zoneIds.containsKey(name)) {
            z.get("symbolic_name").problem("trust zone '" + name + "' is defined twice");
            return;
        }
        String id = doc.ids.claim(name, "zone");
        zoneIds.put(name, id);
        Map<String, Object> zone = Doc.element(id, z.text("title"));
        String kind = Vocab.zoneKindFromWords(z.text("title", "") + " " + name);
        zone.put("kind", kind);
        z.warn("trust zone kind '" + kind + "' guessed from its title");
        doc.zones.add(zone);
    }

    /** A component or a data store; its type from the store type or the words of its title and description. */
    private void component(In c, boolean store) {
        String name = c.text("symbolic_name");
        if (name == null) {
            c.get("symbolic_name").problem("every " + (store ? "data store" : "component") + " needs a symbolic_name");
            return;
        }
        if (componentIds.containsKey(name)) {
            c.get("symbolic_name").problem("'" + name + "' is used by two components or data stores");
            return;
        }
        String id = doc.ids.claim(name, "component");
        componentIds.put(name, id);
        Map<String, Object> comp = Doc.element(id, c.text("title"));
        comp.put("type", store ? storeType(c) : componentType(c));
        comp.put("zone", zone(c));
        doc.components.add(comp);
        zoneOf.put(id, (String) comp.get("zone"));
        String parent = c.text("parent_component");
        if (parent != null) {
            doc.note(id, "Part of " + parent, "In the TM-BOM file this component is part of '" + parent
                    + "'; Vigil has no nesting of components, so it is modelled beside it.", source, null, null);
        }
    }

    private String storeType(In s) {
        String words = s.text("vendor", "") + " " + s.text("product", "") + " " + s.text("title", "");
        String byWords = Vocab.typeFromWords(words);
        String byType = STORE_TYPES.get(s.text("type", ""));
        String type = byType != null && (byWords == null || !Set.of("cache", "file-server", "secrets-vault").contains(byWords)) ? byType
                : byWords != null ? byWords : "relational-database";
        if (byType == null) {
            s.get("type").warn("data store type '" + s.text("type", "") + "' is not one of the schema's; mapped to '" + type + "'");
        }
        return type;
    }

    /** From the title's words, else the description's (which often names what the component talks to), else a backend service. */
    private String componentType(In c) {
        String byTitle = Vocab.typeFromWords(c.text("title", ""));
        // a TM-BOM component is a process (stores are data_stores): a description that mentions storage names what it uses
        String byDescription = byTitle == null ? Vocab.typeFromWords(c.text("description", "")) : null;
        if (byDescription != null && (STORE_TYPES.containsValue(byDescription) || Set.of("cache", "file-server").contains(byDescription))) {
            byDescription = null;
        }
        String type = byTitle != null ? byTitle : byDescription != null ? byDescription : "backend-service";
        c.warn("type '" + type + "' " + (byTitle != null ? "guessed from its title" : byDescription != null ? "guessed from its description"
                : "by default: its title and description name no technology"));
        return type;
    }

    private String zone(In element) {
        String zone = element.text("trust_zone");
        if (zone != null && zoneIds.containsKey(zone)) {
            return zoneIds.get(zone);
        }
        if (zone != null) {
            element.get("trust_zone").problem("no trust zone '" + zone + "' exists." + dev.vigil.model.io.Names.didYouMean(zone, zoneIds.keySet()));
        }
        return outside();
    }

    /** The zone of actors the file places in none: outside the system, on the internet. */
    private String outside() {
        return doc.zones.stream().filter(z -> "outside".equals(z.get("id"))).map(z -> (String) z.get("id")).findFirst().orElseGet(() -> {
            Map<String, Object> z = Doc.element(doc.ids.claim("outside", "zone"), "Outside (actors in no trust zone)");
            z.put("kind", "internet");
            doc.zones.add(z);
            return (String) z.get("id");
        });
    }

    private void dataSet(In d) {
        String name = d.text("symbolic_name");
        if (name == null) {
            d.get("symbolic_name").problem("every data set needs a symbolic_name");
            return;
        }
        String id = doc.ids.claim(name, "data");
        dataIds.put(name, id);
        Map<String, Object> data = Doc.element(id, d.text("title"));
        List<String> sensitivity = d.texts("data_sensitivity");
        data.put("classification", sensitivity.stream().anyMatch(Set.of("pci", "phi", "cred")::contains) ? "restricted"
                : sensitivity.stream().anyMatch(Set.of("pii", "fin", "gov", "ip", "biz")::contains) ? "confidential" : "internal");
        List<String> categories = new ArrayList<>();
        Map<String, String> byCode = Map.of("pii", "personal", "phi", "health", "fin", "financial", "cred", "credentials",
                "pci", "payment", "ip", "intellectual-property", "op", "operational");
        sensitivity.stream().map(byCode::get).filter(java.util.Objects::nonNull).distinct().forEach(categories::add);
        if (!categories.isEmpty()) {
            data.put("categories", categories);
        }
        if (d.number("record_count") != null) {
            data.put("records", Math.round(d.number("record_count")));
        }
        doc.data.add(data);
        for (In p : d.items("placements")) {
            String store = componentIds.get(p.text("data_store", ""));
            if (store == null) {
                p.get("data_store").warn("no data store '" + p.text("data_store", "") + "' exists; this placement is left out");
                continue;
            }
            placed.computeIfAbsent(store, k -> new ArrayList<>()).add(id);
            Map<String, Object> comp = component(store);
            @SuppressWarnings("unchecked")
            List<String> stores = (List<String>) comp.computeIfAbsent("stores", k -> new ArrayList<String>());
            stores.add(id);
            String encrypted = p.text("encrypted");
            if ("true".equals(encrypted) || "false".equals(encrypted)) {
                // one unencrypted placement makes the store's data unencrypted at rest
                Object before = comp.get("encrypted_at_rest");
                comp.put("encrypted_at_rest", Boolean.FALSE.equals(before) ? Boolean.FALSE : Boolean.parseBoolean(encrypted));
            }
        }
    }

    private Map<String, Object> component(String id) {
        return doc.components.stream().filter(c -> id.equals(c.get("id"))).findFirst().orElseThrow();
    }

    private void collectActors(In f, Set<String> out) {
        for (String end : List.of("source", "destination")) {
            In ref = f.get(end);
            if ("actor".equals(ref.text("type")) && actors.containsKey(ref.text("object", ""))) {
                out.add(ref.text("object"));
            }
        }
    }

    /**
     * An actor a flow starts or ends at: a person's device (a browser, or a workstation for the
     * team's engineers and administrators) or another party's system, and for a person a principal.
     */
    private void actor(In a) {
        String name = a.text("symbolic_name");
        String type = a.text("type", "user");
        boolean person = !Set.of("system", "third_party").contains(type);
        boolean staff = Set.of("administrator", "engineer", "power_user").contains(type);
        // a person keeps the actor's name; the device they work from is named after them
        String principal = person ? doc.ids.claim(name, "principal") : null;
        String id = doc.ids.claim(person ? name + "-device" : name, "component");
        componentIds.put(name, id);
        Map<String, Object> comp = Doc.element(id, person ? a.text("title", name) + "'s device" : a.text("title"));
        comp.put("type", staff ? "workstation" : person ? "browser" : "external-service");
        comp.put("zone", a.text("trust_zone") == null ? outside() : zone(a));
        if (!staff) {
            comp.put("ownership", person ? "client" : "third-party");
        }
        doc.components.add(comp);
        zoneOf.put(id, (String) comp.get("zone"));
        if (person) {
            principals.put(name, principal);
            Map<String, Object> p = Doc.element(principal, a.text("title"));
            p.put("kind", switch (type) {
                case "administrator" -> "admin";
                case "engineer" -> "developer";
                case "power_user" -> "employee";
                case "third_party" -> "vendor";
                default -> "customer";
            });
            doc.principals.add(p);
            a.warn("actor of type '" + type + "' mapped to a " + comp.get("type") + " and a principal of kind " + p.get("kind"));
        }
    }

    private void dataFlow(In f) {
        String from = end(f.get("source"));
        String to = end(f.get("destination"));
        if (from == null || to == null) {
            return;
        }
        String name = f.text("title", f.text("symbolic_name", "flow"));
        Map<String, Object> flow = Doc.element(doc.ids.claim(f.text("symbolic_name", name), "flow"), Doc.name(name + " — "
                + f.text("description", "")).replaceAll(" — $", ""));
        flow.put("from", from);
        flow.put("to", to);
        // TM-BOM has no protocol field; a title that is a protocol's name ("HTTPS") says it
        String protocol = f.text("title", "").strip().toLowerCase(Locale.ROOT);
        flow.put("protocol", Vocab.PROTOCOLS.contains(protocol) && !protocol.equals("other") ? protocol : "tcp");
        String encrypted = f.text("encrypted");
        if ("true".equals(encrypted) || "false".equals(encrypted)) {
            flow.put("encrypted", Boolean.parseBoolean(encrypted));
        }
        List<String> data = new ArrayList<>();
        if (f.bool("has_sensitive_data", false)) {
            data.addAll(placed.getOrDefault(from, List.of()));
            data.addAll(placed.getOrDefault(to, List.of()));
        }
        if (!data.isEmpty()) {
            flow.put("data", data.stream().distinct().toList());
        }
        doc.flows.add(flow);
        grant(f, from, to);
    }

    private String end(In ref) {
        String name = ref.text("object");
        if (name == null || !componentIds.containsKey(name)) {
            ref.get("object").warn("no component, data store or actor '" + (name == null ? "" : name) + "' exists."
                    + dev.vigil.model.io.Names.didYouMean(name == null ? "" : name, componentIds.keySet()) + " The flow is left out");
            return null;
        }
        return componentIds.get(name);
    }

    /** A person's flow to a component is their access to it: admin for administrators and engineers, write otherwise. */
    private void grant(In f, String from, String to) {
        String actor = f.get("source").text("object", "");
        if (!principals.containsKey(actor) || !"actor".equals(f.get("source").text("type"))) {
            return;
        }
        String type = actors.get(actor).text("type", "user");
        String principal = principals.get(actor);
        boolean exists = doc.access.stream().anyMatch(g -> principal.equals(g.get("principal")) && to.equals(g.get("component")));
        if (!exists) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("principal", principal);
            g.put("component", to);
            g.put("privilege", Set.of("administrator", "engineer").contains(type) ? "admin" : "write");
            doc.access.add(g);
        }
    }

    /** A flow across a trust boundary without its own authentication takes the boundary's (the weakest method it lists). */
    private void boundaries(In root) {
        for (In b : root.items("trust_boundaries")) {
            String a = zoneIds.get(b.text("trust_zone_a", ""));
            String z = zoneIds.get(b.text("trust_zone_b", ""));
            String auth = b.texts("authentication_methods").stream().map(AUTH::get).filter(java.util.Objects::nonNull)
                    .min(java.util.Comparator.comparingInt(STRENGTH::indexOf)).orElse(null);
            if (a == null || z == null || auth == null) {
                continue;
            }
            for (Map<String, Object> flow : doc.flows) {
                String fz = zoneOf.get((String) flow.get("from"));
                String tz = zoneOf.get((String) flow.get("to"));
                boolean crosses = a.equals(fz) && z.equals(tz) || z.equals(fz) && a.equals(tz);
                if (crosses && !flow.containsKey("authentication")) {
                    flow.put("authentication", auth);
                }
            }
        }
    }

    /** Threats, controls, risks, assumptions and personas: the expert's words, kept as notes under their ids. */
    private void expertPart(In root) {
        Map<String, List<String>> controlsOf = new HashMap<>();
        for (In c : root.items("controls")) {
            for (String t : c.texts("threats")) {
                controlsOf.computeIfAbsent(t, k -> new ArrayList<>()).add(c.text("title", c.text("symbolic_name", "?"))
                        + " (" + c.text("status", "no status") + ")");
            }
        }
        for (In t : root.items("threats")) {
            String id = t.text("symbolic_name", "?");
            StringBuilder text = new StringBuilder(t.text("description", ""));
            if (t.text("event") != null) {
                text.append("\nEvent: ").append(t.text("event"));
            }
            t.items("weaknesses").forEach(w -> text.append("\nWeakness: ").append(w.text("cwe_id", "")).append(" ").append(w.text("cwe_title", "")));
            t.items("attack_mechanisms").forEach(m -> text.append("\nAttack mechanism: ").append(m.text("capec_id", "")).append(" ")
                    .append(m.text("capec_title", "")));
            controlsOf.getOrDefault(id, List.of()).forEach(c -> text.append("\nControl: ").append(c));
            List<String> affected = t.texts("components_affected").stream().filter(componentIds::containsKey).map(componentIds::get).toList();
            for (String element : affected.isEmpty() ? List.of((String) doc.system.get("id")) : affected) {
                doc.note(element, "Threat " + id + ": " + t.text("title", id), text.toString().strip(), source, null, null);
            }
        }
        for (In r : root.items("risks")) {
            doc.note((String) doc.system.get("id"), "Risk " + r.text("symbolic_name", "?") + ": " + r.text("title", ""),
                    (r.text("description", "") + "\nThreats: " + String.join(", ", r.texts("threats"))).strip(), source, null,
                    "likelihood " + r.text("likelihood", "?") + ", impact " + r.text("impact", "?") + ", level " + r.text("level", "?"));
        }
        for (In c : root.items("controls")) {
            doc.note((String) doc.system.get("id"), "Control " + c.text("symbolic_name", "?") + ": " + c.text("title", ""),
                    (c.text("description", "") + "\nThreats: " + String.join(", ", c.texts("threats"))).strip(), source,
                    c.text("status"), null);
        }
        for (In a : root.items("assumptions")) {
            doc.note((String) doc.system.get("id"), "Assumption (" + a.text("validity", "?") + ")", a.text("description", ""), source, null, null);
        }
        for (In p : root.items("threat_personas")) {
            doc.note((String) doc.system.get("id"), "Threat persona " + p.text("symbolic_name", "?") + ": " + p.text("title", ""),
                    p.text("description", ""), source, null, null);
        }
    }
}
