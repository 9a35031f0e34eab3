package dev.vigil.analysis;

import dev.vigil.model.SystemModel;

import java.util.HashMap;
import java.util.Map;

/** Looks up the kind and display name of any model element by id. */
public final class ModelIndex {

    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    public ModelIndex(SystemModel m) {
        put(m.system().id(), "system", m.system().name());
        m.zones().forEach(z -> put(z.id(), "zone", z.name()));
        m.components().forEach(c -> put(c.id(), "component", c.name()));
        m.data().forEach(d -> put(d.id(), "data", d.name()));
        m.flows().forEach(f -> put(f.id(), "flow", f.name()));
        m.principals().forEach(p -> put(p.id(), "principal", p.name()));
        m.dependencies().forEach(d -> put(d.id(), "dependency", d.name()));
        m.controls().forEach(c -> put(c.id(), "control", c.type()));
    }

    private void put(String id, String kind, String name) {
        kinds.putIfAbsent(id, kind);
        names.putIfAbsent(id, name == null || name.isBlank() ? id : name);
    }

    public String kindOf(String id) {
        return kinds.getOrDefault(id, "element");
    }

    public String nameOf(String id) {
        return names.getOrDefault(id, id);
    }

    /** "component web (Storefront)". */
    public String label(String id) {
        String name = nameOf(id);
        return kindOf(id) + " " + id + (name.equals(id) ? "" : " (" + name + ")");
    }
}
