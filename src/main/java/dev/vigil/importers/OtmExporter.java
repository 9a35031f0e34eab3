package dev.vigil.importers;

import dev.vigil.model.Component;
import dev.vigil.model.DataAsset;
import dev.vigil.model.DataFlow;
import dev.vigil.model.SystemModel;
import dev.vigil.model.TrustZone;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Vigil → Open Threat Model 0.2.0 JSON: zones as trust zones, components, data as assets, flows as
 * dataflows. OTM has no place for Vigil's other facts (principals, access, dependencies, practices,
 * controls); what OTM wants that Vigil lacks (trust ratings, asset ratings) is derived from kind and
 * classification. {@link OtmImporter} reads the result back to the same components, flows and zones.
 */
public final class OtmExporter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** OTM trust rating (0 untrusted – 100 trusted) of each zone kind. */
    private static final Map<String, Integer> TRUST = Map.of("internet", 0, "partner", 30, "dmz", 40, "endpoint", 50,
            "cloud", 70, "internal", 80, "management", 90, "restricted", 100);

    private static final Map<String, Integer> CONFIDENTIALITY = Map.of("public", 0, "internal", 50, "confidential", 75, "restricted", 100);

    private OtmExporter() {
    }

    public static String export(SystemModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("otmVersion", "0.2.0");
        ObjectNode project = root.putObject("project");
        project.put("name", model.system().name());
        project.put("id", model.system().id());
        putIf(project, "description", model.system().purpose());
        putIf(project, "owner", model.system().owner());
        ArrayNode zones = root.putArray("trustZones");
        model.zones().forEach(z -> zones.add(zone(z)));
        ArrayNode assets = root.putArray("assets");
        model.data().forEach(d -> assets.add(asset(d)));
        ArrayNode components = root.putArray("components");
        model.components().forEach(c -> components.add(component(c)));
        ArrayNode flows = root.putArray("dataflows");
        model.flows().forEach(f -> flows.add(flow(f)));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static ObjectNode zone(TrustZone z) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", z.id());
        n.put("name", z.name() == null ? z.id() : z.name());
        n.put("type", z.kind());
        n.putObject("risk").put("trustRating", TRUST.getOrDefault(z.kind(), 50));
        if (z.parent() != null) {
            n.putObject("parent").put("trustZone", z.parent());
        }
        return n;
    }

    private static ObjectNode asset(DataAsset d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id());
        n.put("name", d.name() == null ? d.id() : d.name());
        ObjectNode risk = n.putObject("risk");
        risk.put("confidentiality", CONFIDENTIALITY.getOrDefault(d.classification(), 50));
        risk.put("integrity", 50);
        risk.put("availability", 50);
        return n;
    }

    private static ObjectNode component(Component c) {
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
        return n;
    }

    private static ObjectNode flow(DataFlow f) {
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
        return n;
    }

    private static void putIf(ObjectNode n, String key, String value) {
        if (value != null && !value.isEmpty()) {
            n.put(key, value);
        }
    }
}
