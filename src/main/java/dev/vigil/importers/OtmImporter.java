package dev.vigil.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Open Threat Model (0.1.0, 0.2.0; JSON or YAML) → Vigil. Trust zones become zones, components
 * components (a component inside a component runs in its ancestor's zone, and the hierarchy is kept
 * as a note), assets data, dataflows flows, and the threats with their mitigations notes.
 */
final class OtmImporter {

    private static final Set<String> VERSIONS = Set.of("0.1.0", "0.2.0");

    private final Ctx ctx;
    private final Doc doc = new Doc();
    private final Map<String, String> zoneIds = new HashMap<>();
    private final Map<String, String> componentIds = new HashMap<>();
    /** OTM id of a VPC, subnet or security group → the zone it became. */
    private final Map<String, String> networkZones = new HashMap<>();
    private final Map<String, String> dataIds = new HashMap<>();
    private final Map<String, In> threats = new HashMap<>();
    private final Map<String, In> mitigations = new HashMap<>();
    /** OTM mitigation id → the control it became (one control, protecting every element it is implemented on). */
    private final Map<String, Map<String, Object>> controls = new HashMap<>();
    private String source = "otm";
    /** The file is a Vigil export: its attributes carry Vigil's own fields and sections. */
    private boolean exported;

    OtmImporter(Ctx ctx) {
        this.ctx = ctx;
    }

    Doc map(In root) {
        String version = root.text("otmVersion", "");
        if (!VERSIONS.contains(version)) {
            root.get("otmVersion").warn("version '" + version + "' is not 0.1.0 or 0.2.0; read as 0.2.0");
        }
        project(root.get("project"));
        restore(root.get("project").get("attributes").get("vigil"));
        root.items("threats").forEach(t -> putIfId(threats, t));
        root.items("mitigations").forEach(m -> putIfId(mitigations, m));
        root.items("trustZones").forEach(this::trustZone);
        root.items("trustZones").forEach(this::zoneParent);
        root.items("assets").forEach(this::asset);
        Map<String, In> all = new HashMap<>();
        root.items("components").forEach(c -> putIfId(all, c));
        root.items("components").stream().filter(OtmImporter::network).forEach(c -> networkZone(c, all, new HashSet<>()));
        List<In> components = root.items("components").stream().filter(c -> !network(c))
                .filter(c -> putId(componentIds, c, "component")).toList();
        Map<String, In> byId = new HashMap<>();
        components.forEach(c -> putIfId(byId, c));
        components.forEach(c -> component(c, byId));
        root.items("dataflows").forEach(this::dataflow);
        if (doc.components.isEmpty()) {
            root.get("components").problem("the file has no components, so there is nothing to model");
        }
        if (!root.items("dataflows").isEmpty()) {
            root.get("dataflows").warn("OTM dataflows carry no protocol, encryption or authentication; mapped to unencrypted tcp with no authentication: set them");
        }
        doc.exposeReceiversOfInternetZones();
        return doc;
    }

    /**
     * What {@code vigil export --to otm} keeps that OTM has no field for: the sections under
     * project.attributes.vigil, and each element's own fields in its attributes (read where they are
     * found: {@link #own}). Another tool's OTM has none of it.
     */
    private void restore(In vigil) {
        if (vigil.absent() || !vigil.isMapping()) {
            return;
        }
        exported = true;
        vigil.fields("system").forEach((k, v) -> {
            if (OtmExporter.OWN.get("system").contains(k)) {
                doc.system.put(k, Importer.value(v.node()));
            }
        });
        OtmExporter.SECTIONS.forEach(section -> {
            In value = vigil.get(section);
            if (!value.absent()) {
                doc.restored.put(section, Importer.value(value.node()));
            }
        });
    }

    /** A Vigil export's own fields of an element, kept in its OTM attributes, onto the element. */
    private void own(String section, In element, Map<String, Object> target) {
        if (!exported) {
            return;
        }
        element.fields("attributes").forEach((k, v) -> {
            if (OtmExporter.OWN.get(section).contains(k)) {
                target.put(k, Importer.value(v.node()));
            }
        });
    }

    private void project(In project) {
        doc.system(project.text("name"), "OTM project", project.text("owner"), project.text("description"));
        // a project id that is already a readable Vigil id is kept, as element ids are (an export reads back unchanged)
        String id = project.text("id");
        if (id != null && readable(id) && !doc.ids.taken(id)) {
            doc.system.put("id", doc.ids.claim(id, "system"));
        }
        source = "otm: " + doc.system.get("name");
    }

    private static void putIfId(Map<String, In> map, In element) {
        String id = element.text("id");
        if (id != null) {
            map.putIfAbsent(id, element);
        }
    }

    /** Gives the element a Vigil id; false (with a problem) when it has no id or one used before. */
    private boolean putId(Map<String, String> ids, In element, String fallback) {
        String id = element.text("id");
        if (id == null) {
            element.get("id").problem("every " + fallback + " needs an id");
        } else if (ids.containsKey(id)) {
            element.get("id").problem(fallback + " id '" + id + "' is used twice");
        } else {
            ids.put(id, doc.ids.claim(readable(id) ? id : element.text("name", id), fallback));
            return true;
        }
        return false;
    }

    /** An OTM id that is already a readable Vigil id (not a UUID or a number) is kept, so an export reads back to the same ids. */
    private static boolean readable(String id) {
        return Ids.sanitize(id).equals(id) && id.length() <= 60 && !id.matches("[0-9a-fA-F-]{32,}|\\d+");
    }

    private void trustZone(In z) {
        if (!putId(zoneIds, z, "zone")) {
            return;
        }
        Map<String, Object> zone = Doc.element(zoneIds.get(z.text("id")), z.text("name"));
        zone.put("kind", kind(z));
        own("zones", z, zone);
        doc.zones.add(zone);
    }

    /** OTM's trust zone type is free text; the words map to Vigil's kinds, the trust rating breaks ties for the internet. */
    private static String kind(In z) {
        if (Vocab.ZONE_KINDS.contains(z.text("type", ""))) {
            return z.text("type");
        }
        String kind = Vocab.zoneKindFromWords(z.text("type", "") + " " + z.text("name", ""));
        z.warn("trust zone kind '" + kind + "' guessed from its type and name");
        return kind;
    }

    private void zoneParent(In z) {
        String parent = z.get("parent").text("trustZone");
        String id = z.text("id");
        if (parent == null || id == null) {
            return;
        }
        if (!zoneIds.containsKey(parent)) {
            z.get("parent").get("trustZone").problem("no trust zone with id '" + parent + "' exists");
        } else if (parent.equals(id) || ancestors(zoneIds.get(parent)).contains(zoneIds.get(id))) {
            z.get("parent").get("trustZone").problem("trust zone '" + id + "' would be nested inside itself");
        } else {
            doc.zones.stream().filter(m -> zoneIds.get(id).equals(m.get("id"))).forEach(m -> m.put("parent", zoneIds.get(parent)));
        }
    }

    /**
     * A VPC, virtual network, subnet or security group: in OTM files generated from infrastructure
     * code (startleft) they are components that hold others, but they are networks, so they become
     * zones nested where they sit, and what they hold runs in them.
     */
    private static boolean network(In c) {
        String type = c.text("type", "").toLowerCase(Locale.ROOT);
        String name = c.text("name", "").toLowerCase(Locale.ROOT);
        return type.equals("vpc") || type.contains("subnet") || type.contains("vnet") || type.contains("virtual-network")
                || type.contains("security-group") || type.equals("empty-component") && (name.contains("subnet") || name.endsWith("vpc"));
    }

    /** The zone a network component becomes (made once, after the network it sits in): public subnets a DMZ, others their network's kind. */
    private String networkZone(In c, Map<String, In> all, Set<String> visiting) {
        String otmId = c.text("id", "");
        if (networkZones.containsKey(otmId)) {
            return networkZones.get(otmId);
        }
        if (!visiting.add(otmId)) {
            c.get("parent").problem("component '" + otmId + "' would be nested inside itself");
            return fallbackZone();
        }
        String parent = null;
        String inZone = c.get("parent").text("trustZone");
        String inComponent = c.get("parent").text("component");
        if (inZone != null && zoneIds.containsKey(inZone)) {
            parent = zoneIds.get(inZone);
        } else if (inComponent != null && all.containsKey(inComponent) && network(all.get(inComponent))) {
            parent = networkZone(all.get(inComponent), all, visiting);
        }
        String parentId = parent;
        String parentKind = doc.zones.stream().filter(z -> z.get("id").equals(parentId)).map(z -> (String) z.get("kind")).findFirst().orElse("cloud");
        Map<String, Object> zone = Doc.element(doc.ids.claim(readable(otmId) ? otmId : c.text("name", otmId), "zone"), c.text("name"));
        String words = (c.text("type", "") + " " + c.text("name", "")).toLowerCase(Locale.ROOT);
        zone.put("kind", words.contains("public") ? "dmz" : "internet".equals(parentKind) ? "cloud" : parentKind);
        if (parent != null) {
            zone.put("parent", parent);
        }
        doc.zones.add(zone);
        networkZones.put(otmId, (String) zone.get("id"));
        c.warn("a network (" + c.text("type", "") + "), not a component: mapped to zone '" + zone.get("id") + "' of kind " + zone.get("kind"));
        return (String) zone.get("id");
    }

    /** The zone and the zones it is nested in, as set so far. */
    private Set<String> ancestors(String zoneId) {
        Set<String> out = new HashSet<>();
        for (String z = zoneId; z != null && out.add(z); ) {
            String current = z;
            z = doc.zones.stream().filter(m -> current.equals(m.get("id"))).findFirst().map(m -> (String) m.get("parent")).orElse(null);
        }
        return out;
    }

    private void asset(In a) {
        if (!putId(dataIds, a, "data")) {
            return;
        }
        Map<String, Object> d = Doc.element(dataIds.get(a.text("id")), a.text("name"));
        Double confidentiality = a.get("risk").number("confidentiality");
        if (confidentiality == null) {
            a.get("risk").warn("no confidentiality rating; classified 'internal'");
        }
        double c = confidentiality == null ? 50 : confidentiality;
        d.put("classification", c >= 90 ? "restricted" : c >= 60 ? "confidential" : c > 0 ? "internal" : "public");
        List<String> categories = exported ? List.of() : Vocab.categories(a.text("name", "") + " " + a.text("id", ""));
        if (!categories.isEmpty()) {
            d.put("categories", categories);
            a.warn("categories " + categories + " guessed from the name; check them");
        }
        own("data", a, d);
        doc.data.add(d);
    }

    private void component(In c, Map<String, In> byId) {
        Map<String, Object> comp = Doc.element(componentIds.get(c.text("id")), c.text("name"));
        // a Vigil export's types are Vigil's own
        comp.put("type", exported && c.text("type") != null ? c.text("type") : type(c));
        comp.put("zone", zoneOf(c, byId));
        List<String> stored = refs(c.get("assets").get("stored"), dataIds, "data asset");
        List<String> processed = refs(c.get("assets").get("processed"), dataIds, "data asset");
        if (!stored.isEmpty()) {
            comp.put("stores", stored);
        }
        if (!processed.isEmpty()) {
            comp.put("processes", processed);
        }
        own("components", c, comp);
        doc.components.add(comp);
        threats(c, (String) comp.get("id"));
    }

    private String type(In c) {
        String otmType = c.text("type", "");
        String guess = Vocab.typeFromWords(otmType.replace('-', ' ') + " " + c.text("name", "") + " " + String.join(" ", c.texts("tags")));
        String type = guess == null ? "backend-service" : guess;
        c.get("type").warn("OTM type '" + otmType + "' " + (guess == null ? "suggests no Vigil type; mapped to 'backend-service'"
                : "mapped to '" + type + "' by its words"));
        return type;
    }

    /** The component's trust zone, or that of its nearest ancestor component with one; the hierarchy is kept as a note. */
    private String zoneOf(In c, Map<String, In> byId) {
        Set<String> seen = new HashSet<>();
        In at = c;
        while (at != null && seen.add(at.text("id") == null ? "" : at.text("id"))) {
            In parent = at.get("parent");
            String zone = parent.text("trustZone");
            if (zone != null) {
                if (zoneIds.containsKey(zone)) {
                    return zoneIds.get(zone);
                }
                parent.get("trustZone").problem("no trust zone with id '" + zone + "' exists");
                return fallbackZone();
            }
            String component = parent.text("component");
            if (component == null) {
                break;
            }
            if (networkZones.containsKey(component)) {
                return networkZones.get(component);
            }
            if (!byId.containsKey(component)) {
                parent.get("component").problem("no component with id '" + component + "' exists");
                return fallbackZone();
            }
            if (at == c) {
                doc.note(componentIds.get(c.text("id")), "Inside " + byId.get(component).text("name", component),
                        "In the OTM file this component is a child of component '" + component + "'; Vigil has no nesting of components, "
                                + "so it runs in the same trust zone as its parent.", source, null, null);
            }
            at = byId.get(component);
        }
        c.get("parent").warn("no trust zone (directly or through its parents); put in an internal zone");
        return fallbackZone();
    }

    private String fallbackZone() {
        return doc.zones.stream().filter(z -> "unzoned".equals(z.get("id"))).map(z -> (String) z.get("id")).findFirst().orElseGet(() -> {
            Map<String, Object> z = Doc.element(doc.ids.claim("unzoned", "zone"), "No trust zone in the OTM file");
            z.put("kind", "internal");
            doc.zones.add(z);
            return (String) z.get("id");
        });
    }

    private void dataflow(In f) {
        String from = ref(f.get("source"), "source");
        String to = ref(f.get("destination"), "destination");
        if (from == null || to == null) {
            return;
        }
        String name = f.text("name", f.text("id", "flow"));
        String id = flow(f, name, from, to);
        if (f.bool("bidirectional", false)) {
            flow(f, name + " (reply)", to, from);
        }
        threats(f, id);
    }

    private String ref(In at, String what) {
        String id = at.text();
        if (id == null) {
            at.problem("a dataflow needs a " + what + ": the id of a component");
            return null;
        }
        if (networkZones.containsKey(id)) {
            at.warn("'" + id + "' is a network (zone " + networkZones.get(id) + "), and Vigil's flows join components; the flow is left out");
            return null;
        }
        if (!componentIds.containsKey(id)) {
            at.problem("no component with id '" + id + "' exists." + dev.vigil.model.io.Names.didYouMean(id, componentIds.keySet())
                    + (zoneIds.containsKey(id) ? " (it is a trust zone; Vigil flows join components)" : ""));
            return null;
        }
        return componentIds.get(id);
    }

    private String flow(In f, String name, String from, String to) {
        String otmId = f.text("id");
        Map<String, Object> flow = Doc.element(doc.ids.claim(otmId != null && readable(otmId) && !name.endsWith(" (reply)") ? otmId : name, "flow"), name);
        flow.put("from", from);
        flow.put("to", to);
        // Vigil's own export (OtmExporter) keeps protocol, encryption and authentication as attributes
        In attributes = f.get("attributes");
        String protocol = attributes.text("protocol");
        flow.put("protocol", protocol != null && Vocab.PROTOCOLS.contains(protocol) ? protocol : "tcp");
        String auth = attributes.text("authentication");
        if (auth != null && Vocab.AUTHENTICATIONS.contains(auth)) {
            flow.put("authentication", auth);
        }
        if ("true".equals(attributes.text("encrypted")) || "false".equals(attributes.text("encrypted"))) {
            flow.put("encrypted", Boolean.parseBoolean(attributes.text("encrypted")));
        }
        List<String> data = refs(f.get("assets"), dataIds, "data asset");
        if (!data.isEmpty()) {
            flow.put("data", data);
        }
        doc.flows.add(flow);
        return (String) flow.get("id");
    }

    private static List<String> refs(In list, Map<String, String> ids, String what) {
        List<String> out = new ArrayList<>();
        for (In item : list.items()) {
            String ref = item.text();
            if (ref != null && ids.containsKey(ref)) {
                out.add(ids.get(ref));
            } else if (ref != null) {
                item.problem("no " + what + " with id '" + ref + "' exists." + dev.vigil.model.io.Names.didYouMean(ref, ids.keySet()));
            }
        }
        return out.stream().distinct().toList();
    }

    /**
     * An implemented mitigation whose words name a Vigil control type (firewall, WAF, rate limiting …)
     * on a component is that control protecting it; others stay in the note only.
     */
    private void control(In mitigation, In element, String vigilId) {
        String text = mitigation.text("name", "") + " " + mitigation.text("description", "");
        String type = Vocab.controlFromWords(text);
        boolean component = doc.components.stream().anyMatch(c -> vigilId.equals(c.get("id")));
        if (type == null || !component) {
            mitigation.warn("implemented mitigation '" + Doc.name(mitigation.text("name", "?")) + "' "
                    + (type == null ? "names no Vigil control type" : "is on a dataflow, which controls cannot protect") + "; kept as a note only");
            return;
        }
        Map<String, Object> control = controls.computeIfAbsent(mitigation.text("id", ""), k -> {
            Map<String, Object> c = new java.util.LinkedHashMap<>();
            c.put("id", doc.ids.claim(type + "-" + mitigation.text("id", "mitigation"), "control"));
            c.put("type", type);
            c.put("protects", new ArrayList<String>());
            doc.controls.add(c);
            mitigation.warn("implemented mitigation mapped to a " + type + " control by its words; check it");
            return c;
        });
        @SuppressWarnings("unchecked")
        List<String> protects = (List<String>) control.get("protects");
        if (!protects.contains(vigilId)) {
            protects.add(vigilId);
        }
    }

    /** Each threat instance on an element, with its mitigations and their states, as a note. */
    private void threats(In element, String vigilId) {
        for (In instance : element.items("threats")) {
            String threatId = instance.text("threat");
            In threat = threatId == null ? null : threats.get(threatId);
            if (threat == null) {
                instance.get("threat").warn("no threat with id '" + threatId + "' in threats; left out");
                continue;
            }
            StringBuilder text = new StringBuilder(threat.text("description", ""));
            for (In m : instance.items("mitigations")) {
                In mitigation = mitigations.get(m.text("mitigation") == null ? "" : m.text("mitigation"));
                String name = mitigation == null ? m.text("mitigation") : mitigation.text("name", m.text("mitigation"));
                text.append("\nMitigation (").append(m.text("state", "no state")).append("): ").append(name);
                if (mitigation != null && "implemented".equalsIgnoreCase(m.text("state")) && !exported) {
                    control(mitigation, element, vigilId);
                }
            }
            In risk = threat.get("risk");
            Double likelihood = risk.number("likelihood");
            Double impact = risk.number("impact");
            String severity = likelihood == null || impact == null ? null
                    : "likelihood " + Math.round(likelihood) + ", impact " + Math.round(impact);
            List<String> categories = threat.texts("categories");
            doc.note(vigilId, threat.text("name", threatId), text.toString(),
                    source + (categories.isEmpty() ? "" : " (" + String.join(", ", categories) + ")"), instance.text("state"), severity);
        }
    }
}
