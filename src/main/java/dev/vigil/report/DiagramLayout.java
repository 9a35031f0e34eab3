package dev.vigil.report;

import dev.vigil.model.Component;
import dev.vigil.model.SystemModel;
import dev.vigil.model.TrustZone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a model's trust zones and components for the data-flow diagram, without an external
 * layout program: zones are nested boxes, each holding a grid of its components above a row of
 * its child zones; top-level zones stand side by side from the least trusted (internet) to the
 * most (restricted), so flows mostly run left to right, into the system.
 */
final class DiagramLayout {

    static final int NODE_W = 168;
    static final int NODE_H = 50;
    static final int GAP_X = 46;
    static final int GAP_Y = 42;
    static final int PAD = 16;
    static final int TITLE = 26;
    private static final List<String> TRUST_ORDER = List.of("internet", "partner", "dmz", "endpoint", "cloud", "internal",
            "management", "restricted");
    private static final String NO_ZONE = "";
    private static final String OUTSIDE = "\0outside";

    /** A zone or a node; {@code sub} is a node's second line (its type or kind). */
    record Box(String id, String label, String sub, int x, int y, int w, int h) {
        int cx() {
            return x + w / 2;
        }

        int cy() {
            return y + h / 2;
        }
    }

    private final SystemModel model;
    private final Map<String, Box> nodes = new LinkedHashMap<>();
    private final List<Box> zones = new ArrayList<>();
    private int width;
    private int height;

    /** @param outside people or dependencies a path passes through (id → label), in a box of their own on the left */
    DiagramLayout(SystemModel model, List<Map.Entry<String, String>> outside) {
        this.model = model;
        int x = PAD;
        if (!outside.isEmpty()) {
            int[] size = placeOutside(outside, x, PAD);
            x += size[0] + GAP_X;
            height = size[1] + 2 * PAD;
        }
        for (String zone : roots()) {
            int[] size = place(zone, x, PAD);
            x += size[0] + GAP_X;
            height = Math.max(height, size[1] + 2 * PAD);
        }
        width = Math.max(x - GAP_X + PAD, 2 * PAD);
        height = Math.max(height, 2 * PAD);
    }

    Map<String, Box> nodes() {
        return nodes;
    }

    /** Zone boxes, outer zones before the zones inside them (so they are drawn underneath). */
    List<Box> zones() {
        return zones;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    private List<String> roots() {
        List<String> roots = new ArrayList<>(model.zones().stream().filter(z -> z.parent() == null || zone(z.parent()) == null)
                .sorted(Comparator.comparingInt(z -> trust(z.kind()))).map(TrustZone::id).toList());
        if (model.components().stream().anyMatch(c -> zone(c.zone()) == null)) {
            roots.add(NO_ZONE);
        }
        return roots;
    }

    /** Lays out a zone at (x, y); returns its width and height. */
    private int[] place(String zoneId, int x, int y) {
        List<Component> members = model.components().stream()
                .filter(c -> zoneId.equals(NO_ZONE) ? zone(c.zone()) == null : zoneId.equals(c.zone())).toList();
        List<String> children = zoneId.equals(NO_ZONE) ? List.of() : model.zones().stream()
                .filter(z -> zoneId.equals(z.parent()) && !z.id().equals(zoneId)).map(TrustZone::id).toList();
        int zoneIndex = zones.size();
        zones.add(null); // reserved: outer before inner
        int columns = Math.max(1, Math.min(4, (int) Math.ceil(Math.sqrt(members.size()))));
        int innerY = y + TITLE;
        for (int i = 0; i < members.size(); i++) {
            Component c = members.get(i);
            int nx = x + PAD + (i % columns) * (NODE_W + GAP_X);
            int ny = innerY + (i / columns) * (NODE_H + GAP_Y);
            nodes.put(c.id(), new Box(c.id(), c.name() == null ? c.id() : c.name(), c.type(), nx, ny, NODE_W, NODE_H));
        }
        int rows = (members.size() + columns - 1) / columns;
        int contentW = members.isEmpty() ? 0 : columns * NODE_W + (columns - 1) * GAP_X;
        int childY = innerY + rows * (NODE_H + GAP_Y);
        int childX = x + PAD;
        int childH = 0;
        for (String child : children) {
            int[] size = place(child, childX, childY);
            childX += size[0] + GAP_X / 2;
            childH = Math.max(childH, size[1] + GAP_Y / 2);
        }
        int childrenW = children.isEmpty() ? 0 : childX - GAP_X / 2 - (x + PAD);
        int w = Math.max(Math.max(contentW, childrenW), NODE_W) + 2 * PAD;
        int h = TITLE + rows * (NODE_H + GAP_Y) + childH + PAD;
        zones.set(zoneIndex, new Box(zoneId, label(zoneId), "", x, y, w, h));
        return new int[]{w, h};
    }

    private int[] placeOutside(List<Map.Entry<String, String>> outside, int x, int y) {
        for (int i = 0; i < outside.size(); i++) {
            Map.Entry<String, String> e = outside.get(i);
            nodes.put(e.getKey(), new Box(e.getKey(), e.getValue(), "outside the diagram", x + PAD,
                    y + TITLE + i * (NODE_H + GAP_Y), NODE_W, NODE_H));
        }
        int h = TITLE + outside.size() * (NODE_H + GAP_Y) + PAD;
        zones.add(new Box(OUTSIDE, "People and suppliers", "", x, y, NODE_W + 2 * PAD, h));
        return new int[]{NODE_W + 2 * PAD, h};
    }

    private String label(String zoneId) {
        if (zoneId.equals(NO_ZONE)) {
            return "(no zone)";
        }
        TrustZone z = zone(zoneId);
        return (z.name() == null ? z.id() : z.name()) + " · " + z.kind();
    }

    private TrustZone zone(String id) {
        return id == null ? null : model.zones().stream().filter(z -> z.id().equals(id)).findFirst().orElse(null);
    }

    private static int trust(String kind) {
        int i = TRUST_ORDER.indexOf(kind);
        return i < 0 ? TRUST_ORDER.size() : i;
    }
}
