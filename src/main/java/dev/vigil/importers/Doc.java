package dev.vigil.importers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Vigil model document being built: the sections in the order the model format lists them, each
 * element a map of snake_case fields. Texts are cut to the lengths the loader accepts.
 */
final class Doc {

    static final int MAX_NAME = 1000;

    final Ids ids = new Ids();
    final Map<String, Object> system = new LinkedHashMap<>();
    final List<Map<String, Object>> zones = new ArrayList<>();
    final List<Map<String, Object>> components = new ArrayList<>();
    final List<Map<String, Object>> data = new ArrayList<>();
    final List<Map<String, Object>> flows = new ArrayList<>();
    final List<Map<String, Object>> principals = new ArrayList<>();
    final List<Map<String, Object>> access = new ArrayList<>();
    final List<Map<String, Object>> dependencies = new ArrayList<>();
    final List<Map<String, Object>> controls = new ArrayList<>();
    final List<Map<String, Object>> notes = new ArrayList<>();
    /** Whole sections a source carries as Vigil wrote them (a Vigil export read back), by section name. */
    final Map<String, Object> restored = new LinkedHashMap<>();

    /** A new element of a section: a map starting with its id (and name when there is one). */
    static Map<String, Object> element(String id, String name) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        if (name != null && !name.isBlank()) {
            e.put("name", name(name));
        }
        return e;
    }

    /** A name on one line, cut to the loader's limit. */
    static String name(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_NAME ? oneLine : oneLine.substring(0, MAX_NAME - 1) + "…";
    }

    /** The system's id, name, owner and purpose; a blank title (a Threagile {@code title: |}) gives the fallback name. */
    void system(String title, String fallback, String owner, String purpose) {
        String name = title == null || title.isBlank() ? fallback : title;
        system.put("id", ids.claim(name, "system"));
        system.put("name", name(name));
        system.put("owner", owner);
        system.put("purpose", purpose);
    }

    /** Names an element the source marks out of scope in {@code system.out_of_scope}; it is still imported, as others refer to it. */
    void outOfScope(String what) {
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) system.computeIfAbsent("out_of_scope", k -> new ArrayList<String>());
        out.add(name(what));
    }

    void note(String element, String title, String text, String source, String status, String severity) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("element", element);
        n.put("title", name(title == null || title.isBlank() ? "(untitled)" : title));
        n.put("text", text == null ? null : text.strip());
        n.put("source", source);
        n.put("status", status);
        n.put("severity", severity);
        notes.add(n);
    }

    /**
     * Components that receive a flow from a component in an internet zone are reachable from the
     * internet: the sources these importers read draw the client, not the exposure.
     */
    void exposeReceiversOfInternetZones() {
        Set<String> internetZones = new HashSet<>();
        zones.stream().filter(z -> "internet".equals(z.get("kind"))).forEach(z -> internetZones.add((String) z.get("id")));
        Set<String> outside = new HashSet<>();
        components.stream().filter(c -> internetZones.contains(c.get("zone"))).forEach(c -> outside.add((String) c.get("id")));
        Set<String> receivers = new HashSet<>();
        flows.stream().filter(f -> outside.contains(f.get("from"))).forEach(f -> receivers.add((String) f.get("to")));
        components.stream().filter(c -> receivers.contains(c.get("id")) || outside.contains(c.get("id")))
                .forEach(c -> c.put("exposure", "internet"));
    }

    /** The document, sections that have something only. */
    Map<String, Object> toMap() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("system", system);
        put(doc, "zones", zones);
        put(doc, "components", components);
        put(doc, "data", data);
        put(doc, "flows", flows);
        put(doc, "principals", principals);
        put(doc, "access", access);
        put(doc, "dependencies", dependencies);
        put(doc, "controls", controls);
        put(doc, "notes", notes);
        // restored sections where the mapping made none of its own, in the model format's order
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : List.of("system", "zones", "components", "data", "flows", "principals", "access", "dependencies",
                "practices", "controls", "unknowns", "assumptions", "notes")) {
            Object value = doc.containsKey(key) ? doc.get(key) : restored.get(key);
            if (value != null) {
                ordered.put(key, value);
            }
        }
        return ordered;
    }

    private static void put(Map<String, Object> doc, String key, List<?> list) {
        if (!list.isEmpty()) {
            doc.put(key, list);
        }
    }
}
