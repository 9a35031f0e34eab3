package dev.vigil.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OWASP Threat Dragon v2 JSON → Vigil. Processes, stores and actors become components (actors too:
 * flows start at them, and Vigil's flows join components; an actor is an outside client, not a
 * group of people with access grants), flows become flows, trust-boundary boxes zones by
 * containment, curves zones by the side of the curve, and the recorded threats notes.
 */
final class ThreatDragonImporter {

    /** A process, store or actor with where it is drawn. */
    private record Cell(String id, String shape, In in, Geometry.Box box) {
    }

    private record Boundary(String zoneId, Geometry.Box box, List<Geometry.Point> curve) {
    }

    private final Ctx ctx;
    private final Doc doc = new Doc();
    private final Map<String, String> vigilIds = new HashMap<>();
    /** Vigil ids of the stores, which hold the data their flows' labels name. */
    private final java.util.Set<String> stores = new java.util.HashSet<>();
    /** Lower-case flow label → the data asset inferred from it. */
    private final Map<String, String> inferred = new HashMap<>();
    private String source = "threat-dragon";
    private int areas;

    ThreatDragonImporter(Ctx ctx) {
        this.ctx = ctx;
    }

    Doc map(In root) {
        In summary = root.get("summary");
        doc.system(summary.text("title"), "Threat Dragon model", summary.text("owner"), summary.text("description"));
        source = "threat-dragon: " + doc.system.get("name");
        for (In diagram : root.get("detail").items("diagrams")) {
            if (!diagram.get("diagramJson").absent()) {
                diagram.get("diagramJson").problem("this is a Threat Dragon v1 diagram; open the model in Threat Dragon 2 and save it, then import that");
                continue;
            }
            diagram(diagram);
        }
        if (doc.components.isEmpty()) {
            root.get("detail").get("diagrams").problem("the diagrams hold no process, store or actor, so there is nothing to model");
        }
        doc.exposeReceiversOfInternetZones();
        return doc;
    }

    private void diagram(In diagram) {
        List<Cell> cells = new ArrayList<>();
        List<In> flows = new ArrayList<>();
        List<Boundary> boundaries = new ArrayList<>();
        for (In cell : diagram.items("cells")) {
            String shape = cell.text("shape", "");
            switch (shape) {
                case "actor", "process", "store" -> cells.add(new Cell(cell.text("id"), shape, cell, box(cell)));
                case "flow" -> flows.add(cell);
                case "trust-boundary-box" -> boundaries.add(boxBoundary(cell));
                case "trust-boundary-curve" -> boundaries.add(curveBoundary(cell));
                case "td-text-block" -> { }
                default -> cell.get("shape").warn("shape '" + shape + "' is not a process, store, actor, flow or trust boundary; left out");
            }
        }
        boundaries.removeIf(b -> b == null);
        nestBoxes(boundaries);
        Map<String, String> zoneOf = zones(cells, boundaries, diagram);
        for (Cell c : cells) {
            component(c, zoneOf.get(c.id() == null ? "" : c.id()));
        }
        flows.forEach(this::flow);
    }

    private static Geometry.Box box(In cell) {
        In pos = cell.get("position");
        In size = cell.get("size");
        Double x = pos.number("x");
        Double y = pos.number("y");
        Double w = size.number("width");
        Double h = size.number("height");
        return x == null || y == null ? null : new Geometry.Box(x, y, w == null ? 0 : w, h == null ? 0 : h);
    }

    private Boundary boxBoundary(In cell) {
        Geometry.Box box = box(cell);
        if (box == null) {
            cell.warn("a trust-boundary box without a position; left out");
            return null;
        }
        return new Boundary(zone(cell, "internal"), box, null);
    }

    private Boundary curveBoundary(In cell) {
        List<Geometry.Point> points = new ArrayList<>();
        point(cell.get("source"), points);
        cell.items("vertices").forEach(v -> point(v, points));
        point(cell.get("target"), points);
        if (points.size() < 2) {
            cell.warn("a trust-boundary curve without two free end points (attached to a shape?); left out");
            return null;
        }
        return new Boundary(null, null, points);
    }

    private static void point(In p, List<Geometry.Point> points) {
        Double x = p.number("x");
        Double y = p.number("y");
        if (x != null && y != null) {
            points.add(new Geometry.Point(x, y));
        }
    }

    private String zone(In cell, String kind) {
        String name = cell.get("data").text("name", "");
        Map<String, Object> z = Doc.element(doc.ids.claim(name.isBlank() ? "boundary" : name, "boundary"), name);
        z.put("kind", kind);
        doc.zones.add(z);
        return (String) z.get("id");
    }

    /** A box inside another (the smallest that holds it) is a nested zone. */
    private void nestBoxes(List<Boundary> boundaries) {
        for (Boundary inner : boundaries) {
            if (inner.box() == null) {
                continue;
            }
            boundaries.stream().filter(o -> o != inner && o.box() != null && o.box().contains(inner.box())
                            && o.box().area() > inner.box().area())
                    .min(java.util.Comparator.comparingDouble(o -> o.box().area()))
                    .ifPresent(outer -> zoneMap(inner.zoneId()).put("parent", outer.zoneId()));
        }
    }

    private Map<String, Object> zoneMap(String id) {
        return doc.zones.stream().filter(z -> id.equals(z.get("id"))).findFirst().orElseThrow();
    }

    /**
     * Cell id → zone id. A cell in a box is in the smallest box that holds its centre. The others
     * are grouped by the side of every curve they are on; actors outside every box are in an
     * internet zone (they are the outside parties), the rest in an internal zone per group.
     */
    private Map<String, String> zones(List<Cell> cells, List<Boundary> boundaries, In diagram) {
        List<Boundary> curves = boundaries.stream().filter(b -> b.curve() != null).toList();
        Map<String, String> out = new HashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (Cell c : cells) {
            Geometry.Point centre = c.box() == null ? new Geometry.Point(0, 0) : c.box().centre();
            String zone = boundaries.stream().filter(b -> b.box() != null && b.box().contains(centre))
                    .min(java.util.Comparator.comparingDouble(b -> b.box().area())).map(Boundary::zoneId).orElse(null);
            if (zone == null && c.shape().equals("actor")) {
                zone = groups.computeIfAbsent("actors", k -> plainZone("outside", "Outside (actors)", "internet"));
            } else if (zone == null) {
                StringBuilder signature = new StringBuilder("area");
                curves.forEach(b -> signature.append(Geometry.side(b.curve(), centre) > 0 ? '+' : '-'));
                zone = groups.computeIfAbsent(signature.toString(), k -> plainZone("area", curves.isEmpty() ? "Diagram"
                        : "Area " + ++areas + " between trust-boundary curves", "internal"));
            }
            out.put(c.id() == null ? "" : c.id(), zone);
        }
        if (!curves.isEmpty()) {
            diagram.warn(curves.size() + " trust-boundary curve(s): zones guessed from the side of each curve a shape is on; check them");
        }
        return out;
    }

    private String plainZone(String id, String name, String kind) {
        Map<String, Object> z = Doc.element(doc.ids.claim(id, "zone"), name);
        z.put("kind", kind);
        doc.zones.add(z);
        return (String) z.get("id");
    }

    private void component(Cell cell, String zone) {
        In data = cell.in().get("data");
        String name = data.text("name", cell.in().get("attrs").get("text").text("text"));
        String id = doc.ids.claim(name, cell.shape());
        if (cell.id() != null) {
            vigilIds.put(cell.id(), id);
        }
        Map<String, Object> c = Doc.element(id, name);
        c.put("type", type(cell, data, name));
        c.put("zone", zone);
        if (cell.shape().equals("store")) {
            stores.add(id);
        }
        if (cell.shape().equals("store") && data.bool("isEncrypted", false)) {
            c.put("encrypted_at_rest", true); // an unticked box is not a statement: left unknown
        }
        if (data.bool("outOfScope", false)) {
            data.get("outOfScope").warn("out of scope in Threat Dragon; imported with ownership out-of-scope (flows refer to it) and listed in system.out_of_scope");
            doc.outOfScope(name == null ? id : name);
            c.put("ownership", "out-of-scope");
        } else if (cell.shape().equals("actor")) {
            // an actor is outside the application: a person's device is theirs, anything else another party's
            c.put("ownership", "browser".equals(c.get("type")) || "mobile-app".equals(c.get("type")) ? "client" : "third-party");
        }
        doc.components.add(c);
        threats(data, id);
    }

    private static String type(Cell cell, In data, String name) {
        if (cell.shape().equals("process") && data.bool("isWebApplication", false)) {
            return "web-application";
        }
        if (cell.shape().equals("store") && data.bool("isALog", false)) {
            return "logging-platform";
        }
        String guess = Vocab.typeFromWords(name);
        if (cell.shape().equals("store") && guess != null && !Vocab.STORE_TYPES.contains(guess)) {
            guess = null; // "Worker Config" names who uses the store, not what it is
        }
        String fallback = switch (cell.shape()) {
            case "store" -> "relational-database";
            case "actor" -> Vocab.personWords(name) ? "browser" : "external-service";
            default -> "backend-service";
        };
        String type = guess == null ? fallback : guess;
        cell.in().get("data").get("name").warn("a " + cell.shape() + " has no technology in Threat Dragon; type '" + type + "' "
                + (guess == null ? "is the default for a " + cell.shape() : "guessed from its name"));
        return type;
    }

    private void flow(In cell) {
        In data = cell.get("data");
        String from = vigilIds.get(cell.get("source").text("cell"));
        String to = vigilIds.get(cell.get("target").text("cell"));
        String name = data.text("name", "flow");
        if (from == null || to == null) {
            cell.warn("flow '" + Doc.name(name) + "' is not connected to a process, store or actor at both ends; left out");
            return;
        }
        String id = flow(cell, data, name, from, to);
        if (data.bool("isBidirectional", false)) {
            flow(cell, data, name + " (reply)", to, from);
        }
        threats(data, id);
    }

    private String flow(In cell, In data, String name, String from, String to) {
        Map<String, Object> f = Doc.element(doc.ids.claim(name, "flow"), name);
        f.put("from", from);
        f.put("to", to);
        boolean encrypted = data.bool("isEncrypted", false);
        String protocol = data.text("protocol", "").strip().toLowerCase(Locale.ROOT);
        if (!Vocab.PROTOCOLS.contains(protocol)) {
            String guess = encrypted ? "tls" : "tcp";
            data.get("protocol").warn((protocol.isEmpty() ? "no protocol" : "protocol '" + protocol + "' is not one Vigil knows")
                    + "; mapped to '" + guess + "'");
            protocol = guess;
        }
        f.put("protocol", protocol);
        if (encrypted) { // an unticked box is not a statement: the protocol, else unknown
            f.put("encrypted", true);
        }
        String dataId = inferData(data, name, from, to);
        if (dataId != null) {
            f.put("data", List.of(dataId));
        }
        doc.flows.add(f);
        if (data.bool("isPublicNetwork", false)) {
            doc.components.stream().filter(c -> to.equals(c.get("id"))).forEach(c -> c.put("exposure", "internet"));
        }
        return (String) f.get("id");
    }

    /** Words that make a flow's label name what it carries ("Read web app config", "Worker Query Results"). */
    private static final List<String> DATA_WORDS = List.of("config", "configuration", "credential", "credentials", "password",
            "token", "secret", "key", "message", "result", "results", "record", "records", "data", "file", "files", "image",
            "document", "order", "orders", "payment", "card", "customer", "account", "report", "log", "logs", "session",
            "profile", "email", "backup");

    /**
     * Threat Dragon has no data assets, but a flow's label often names what it carries. Such a label
     * becomes a data asset (one per label), carried by the flow and stored by a store at either end;
     * its classification is internal unless the words say more (credentials, personal or payment data:
     * confidential). Each inference is a warning.
     */
    private String inferData(In data, String label, String from, String to) {
        String words = " " + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        if (DATA_WORDS.stream().noneMatch(w -> words.contains(" " + w + " "))) {
            return null;
        }
        // what is carried, without the verb that carries it: "Put Message" and "Message" are one asset
        String name = Doc.name(label).replaceFirst("(?i)^(read|write|put|get|send|post|fetch|update|delete|load|save|store)\\s+", "");
        String id = inferred.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> {
            Map<String, Object> d = Doc.element(doc.ids.claim(name + " data", "data"), name);
            List<String> categories = Vocab.categories(name);
            d.put("classification", categories.isEmpty() ? "internal" : "confidential");
            if (!categories.isEmpty()) {
                d.put("categories", categories);
            }
            doc.data.add(d);
            data.get("name").warn("data asset '" + d.get("id") + "' (" + d.get("classification") + ") inferred from the flow's label; check it");
            return (String) d.get("id");
        });
        for (String end : List.of(from, to)) {
            doc.components.stream().filter(c -> end.equals(c.get("id")) && stores.contains(end)).forEach(c -> {
                @SuppressWarnings("unchecked")
                List<String> held = (List<String>) c.computeIfAbsent("stores", k -> new ArrayList<String>());
                if (!held.contains(id)) {
                    held.add(id);
                }
            });
        }
        return id;
    }

    /** The threats recorded on a cell, kept as notes on its element. */
    private void threats(In data, String element) {
        for (In t : data.items("threats")) {
            String description = t.text("description");
            String mitigation = t.text("mitigation");
            String text = (description == null ? "" : description)
                    + (mitigation == null || mitigation.isBlank() ? "" : "\nMitigation: " + mitigation);
            String type = t.text("type");
            doc.note(element, t.text("title"), text, source + (type == null ? "" : " (" + type + ")"), t.text("status"), t.text("severity"));
        }
    }
}
