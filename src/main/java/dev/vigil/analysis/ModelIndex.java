package dev.vigil.analysis;

import dev.vigil.model.SystemModel;

import java.util.HashMap;
import java.util.Map;

/** Looks up the kind and display name of any model element by id. */
public final class ModelIndex {

    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Boolean> segmented = new HashMap<>();
    private final java.util.Set<String> restricted = new java.util.HashSet<>();
    private final Map<String, java.util.List<String>> statedAttributes = new HashMap<>();
    private final dev.vigil.model.Backups backups;
    private final String systemId;
    private final String criticality;

    public ModelIndex(SystemModel m) {
        this(m, java.util.List.of());
    }

    /** {@code stated}: the attributes the model writes on components (unmanaged, audit-logging …), which evidence shows. */
    public ModelIndex(SystemModel m, java.util.List<dev.vigil.model.StatedAttributes> stated) {
        stated.forEach(s -> statedAttributes.put(s.component(), s.attributes()));
        backups = m.practices().backups();
        systemId = m.system().id();
        criticality = m.system().criticality();
        m.zones().forEach(z -> segmented.put(z.id(), z.segmented()));
        java.util.Set<String> restrictedData = new java.util.HashSet<>();
        m.data().stream().filter(d -> d.classification().equals("restricted")).forEach(d -> restrictedData.add(d.id()));
        m.components().stream().filter(c -> c.stores().stream().anyMatch(restrictedData::contains)).forEach(c -> restricted.add(c.id()));
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

    /** The attributes the model states on a component beyond those of its type, in order; none: empty. */
    java.util.List<String> statedAttributes(String componentId) {
        return statedAttributes.getOrDefault(componentId, java.util.List.of());
    }

    /** The model's backups, as the ransomware scenario's impact reads them. */
    dev.vigil.model.Backups backups() {
        return backups;
    }

    String systemId() {
        return systemId;
    }

    String criticality() {
        return criticality;
    }

    /** True when the component stores restricted data. */
    boolean holdsRestricted(String componentId) {
        return restricted.contains(componentId);
    }

    /** A zone's segmentation as stated: true, false, or null when the model does not say. */
    Boolean segmented(String zoneId) {
        return segmented.get(zoneId);
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
