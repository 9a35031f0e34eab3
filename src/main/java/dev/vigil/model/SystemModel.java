package dev.vigil.model;

import java.util.List;

@Doc("A Vigil system model: one system per file.")
public record SystemModel(
        @Required @Doc("Scope of the analysis.") SystemInfo system,
        @Doc("Trust zones.") List<TrustZone> zones,
        @Doc("Components (technical assets).") List<Component> components,
        @Doc("Data assets.") List<DataAsset> data,
        @Doc("Data flows between components.") List<DataFlow> flows,
        @Doc("People and identities.") List<Principal> principals,
        @Doc("Who can access what.") List<AccessGrant> access,
        @Doc("Third-party dependencies.") List<Dependency> dependencies,
        @Doc("How the team works.") Practices practices,
        @Doc("Existing security controls.") List<Control> controls,
        @Doc("What the team does not know about the system: gaps to close (an assessment records its answers of \"unknown\" here).")
        List<Unknown> unknowns,
        @Doc("Threat rules that do not apply to an element, with the reason: the rule raises no finding there.")
        List<Assumption> assumptions,
        @Doc("Remarks kept with the model but not analysed, such as the threats and mitigations another tool recorded (vigil import keeps them here).")
        List<Note> notes) {

    /** Every element, in file order, for inserting into a session; notes are not facts. */
    public List<Object> facts() {
        var all = new java.util.ArrayList<Object>();
        all.add(system);
        all.addAll(zones);
        all.addAll(components);
        all.addAll(data);
        all.addAll(flows);
        all.addAll(principals);
        all.addAll(access);
        all.addAll(dependencies);
        all.add(practices);
        all.add(practices.backups());
        all.addAll(controls);
        all.addAll(unknowns);
        all.addAll(assumptions);
        return all;
    }
}
