package dev.vigil.importers;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;
import dev.vigil.model.Component;
import dev.vigil.model.DataAsset;
import dev.vigil.model.DataFlow;
import dev.vigil.model.SystemModel;
import dev.vigil.model.TrustZone;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Vigil → Open Threat Model 0.2.0 JSON: zones as trust zones, components, data as assets, flows as
 * dataflows, and the analysis's threats with the mitigations that lower them. What OTM wants that
 * Vigil lacks (trust ratings, asset ratings) is derived from kind and classification. What Vigil
 * states that OTM has no field for is kept in OTM's {@code attributes}: each element's own (a
 * component's exposure, authentication, encryption at rest …) on it, and the sections OTM has no place
 * for at all (principals, access, dependencies, practices, controls, unknowns, assumptions, the
 * system's scope) under {@code project.attributes.vigil}. {@link OtmImporter} reads them back, so a
 * round trip keeps the model and its findings.
 */
public final class OtmExporter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** OTM trust rating (0 untrusted – 100 trusted) of each zone kind. */
    private static final Map<String, Integer> TRUST = Map.of("internet", 0, "partner", 30, "dmz", 40, "endpoint", 50,
            "cloud", 70, "internal", 80, "management", 90, "restricted", 100);

    private static final Map<String, Integer> CONFIDENTIALITY = Map.of("public", 0, "internal", 50, "confidential", 75, "restricted", 100);

    /** The model sections OTM has no place for, kept whole under project.attributes.vigil. */
    static final List<String> SECTIONS = List.of("principals", "access", "dependencies", "practices", "controls", "unknowns", "assumptions");

    /** Fields of system, zone, component and data that OTM has no field for, kept in the element's attributes. */
    static final Map<String, Set<String>> OWN = Map.of(
            "system", Set.of("criticality", "in_scope", "out_of_scope", "risk_appetite", "controls_complete", "absent_controls"),
            "zones", Set.of("segmented", "ownership"),
            "components", Set.of("exposure", "authentication", "encrypted_at_rest", "hosting", "ownership", "custom_code", "attributes"),
            "data", Set.of("classification", "categories", "records"));

    /** A finding to write as an OTM threat: on a component or flow (element), or on neither (element null). */
    public record Threat(String id, String title, String stride, String description, String element, int likelihood, int impact,
                         List<String> mitigations, List<String> inPlace) {
    }

    private OtmExporter() {
    }

    /**
     * {@code written}: the model as its file writes it (what it states, for the attributes);
     * {@code model}: the same model as loaded (types and protocols resolved); {@code threats}: the
     * analysis's findings, or none.
     */
    public static String export(Map<String, Object> written, SystemModel model, List<Threat> threats, KnowledgeBase kb) {
        ObjectNode root = JSON.createObjectNode();
        root.put("otmVersion", "0.2.0");
        ObjectNode project = root.putObject("project");
        project.put("name", model.system().name());
        project.put("id", model.system().id());
        putIf(project, "description", model.system().purpose());
        putIf(project, "owner", model.system().owner());
        ObjectNode vigil = JSON.createObjectNode();
        ObjectNode system = own("system", section(written, "system"));
        if (!system.isEmpty()) {
            vigil.set("system", system);
        }
        SECTIONS.stream().filter(written::containsKey).forEach(s -> vigil.set(s, JSON.valueToTree(written.get(s))));
        if (!vigil.isEmpty()) {
            project.putObject("attributes").set("vigil", vigil);
        }
        Map<String, Map<String, Object>> zones = byId(written, "zones");
        Map<String, Map<String, Object>> components = byId(written, "components");
        Map<String, Map<String, Object>> data = byId(written, "data");
        Map<String, List<Threat>> on = new TreeMap<>();
        threats.stream().filter(t -> t.element() != null).forEach(t -> on.computeIfAbsent(t.element(), k -> new java.util.ArrayList<>()).add(t));
        ArrayNode zoneNodes = root.putArray("trustZones");
        model.zones().forEach(z -> zoneNodes.add(zone(z, own("zones", zones.get(z.id())))));
        ArrayNode assets = root.putArray("assets");
        model.data().forEach(d -> assets.add(asset(d, own("data", data.get(d.id())))));
        ArrayNode componentNodes = root.putArray("components");
        model.components().forEach(c -> componentNodes.add(component(c, own("components", components.get(c.id())), on.get(c.id()))));
        ArrayNode flows = root.putArray("dataflows");
        model.flows().forEach(f -> flows.add(flow(f, on.get(f.id()))));
        if (!threats.isEmpty()) {
            ArrayNode threatNodes = root.putArray("threats");
            threats.forEach(t -> threatNodes.add(threat(t)));
            ArrayNode mitigations = root.putArray("mitigations");
            new java.util.TreeSet<>(threats.stream().flatMap(t -> t.mitigations().stream()).toList())
                    .forEach(m -> mitigations.add(mitigation(kb.mitigation(m))));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> written, String key) {
        return written.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The written elements of a list section by id. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byId(Map<String, Object> written, String key) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (written.get(key) instanceof List<?> list) {
            list.stream().filter(e -> e instanceof Map<?, ?>).map(e -> (Map<String, Object>) e)
                    .forEach(e -> out.put(String.valueOf(e.get("id")), e));
        }
        return out;
    }

    /** The fields of a written element that OTM has no field for, in the file's order. */
    private static ObjectNode own(String section, Map<String, Object> element) {
        ObjectNode n = JSON.createObjectNode();
        if (element != null) {
            element.forEach((k, v) -> {
                if (OWN.get(section).contains(k) && v != null) {
                    n.set(k, JSON.valueToTree(v));
                }
            });
        }
        return n;
    }

    private static ObjectNode zone(TrustZone z, ObjectNode attributes) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", z.id());
        n.put("name", z.name() == null ? z.id() : z.name());
        n.put("type", z.kind());
        n.putObject("risk").put("trustRating", TRUST.getOrDefault(z.kind(), 50));
        if (z.parent() != null) {
            n.putObject("parent").put("trustZone", z.parent());
        }
        attributes(n, attributes);
        return n;
    }

    private static ObjectNode asset(DataAsset d, ObjectNode attributes) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id());
        n.put("name", d.name() == null ? d.id() : d.name());
        ObjectNode risk = n.putObject("risk");
        risk.put("confidentiality", CONFIDENTIALITY.getOrDefault(d.classification(), 50));
        risk.put("integrity", 50);
        risk.put("availability", 50);
        attributes(n, attributes);
        return n;
    }

    private static ObjectNode component(Component c, ObjectNode attributes, List<Threat> threats) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        n.put("name", c.name() == null ? c.id() : c.name());
        n.put("type", c.type());
        n.putObject("parent").put("trustZone", c.zone());
        if (!c.stores().isEmpty() || !c.processes().isEmpty()) {
            ObjectNode assets = n.putObject("assets");
            c.processes().forEach(assets.putArray("processed")::add);
            c.stores().forEach(assets.putArray("stored")::add);
        }
        attributes(n, attributes);
        instances(n, threats);
        return n;
    }

    private static ObjectNode flow(DataFlow f, List<Threat> threats) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", f.id());
        n.put("name", f.name() == null ? f.id() : f.name());
        n.put("bidirectional", false);
        n.put("source", f.from());
        n.put("destination", f.to());
        if (!f.data().isEmpty()) {
            f.data().forEach(n.putArray("assets")::add);
        }
        ObjectNode attributes = n.putObject("attributes");
        attributes.put("protocol", f.protocol());
        if (f.encrypted() != null) { // unknown stays unsaid
            attributes.put("encrypted", f.encrypted());
        }
        attributes.put("authentication", f.authentication());
        instances(n, threats);
        return n;
    }

    private static void attributes(ObjectNode n, ObjectNode attributes) {
        if (!attributes.isEmpty()) {
            n.set("attributes", attributes);
        }
    }

    /** The threats on an element, each with its mitigations: implemented where in place, required otherwise. */
    private static void instances(ObjectNode n, List<Threat> threats) {
        if (threats == null) {
            return;
        }
        ArrayNode list = n.putArray("threats");
        for (Threat t : threats) {
            ObjectNode instance = list.addObject();
            instance.put("threat", t.id());
            instance.put("state", "exposed");
            ArrayNode mitigations = instance.putArray("mitigations");
            t.mitigations().forEach(m -> mitigations.addObject().put("mitigation", m).put("state", t.inPlace().contains(m) ? "implemented" : "required"));
        }
    }

    /** A threat; likelihood and impact on OTM's 0–100 scale (Vigil's 1–5, times 20). */
    private static JsonNode threat(Threat t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", t.id());
        n.put("name", t.title());
        putIf(n, "description", t.description());
        n.putArray("categories").add(t.stride());
        ObjectNode risk = n.putObject("risk");
        risk.put("likelihood", t.likelihood() * 20);
        risk.put("impact", t.impact() * 20);
        return n;
    }

    /** A mitigation; its risk reduction is the share of the 5×5 risk scale it takes away at most. */
    private static JsonNode mitigation(MitigationDef m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", m.id());
        n.put("name", m.title());
        n.put("description", m.description());
        int reduction = Math.min(100, 20 * Math.max(m.lowersLikelihood(), m.lowersImpact()));
        n.put("riskReduction", reduction);
        return n;
    }

    private static void putIf(ObjectNode n, String key, String value) {
        if (value != null && !value.isEmpty()) {
            n.put(key, value);
        }
    }
}
