package dev.vigil.model;

/**
 * A security property the model leaves unknown, that a derived fact or a finding rests on: the
 * field (a record component's name) of one element. {@code kind} is the element's section
 * (component, flow, grant, zone, principal, dependency, practices, backups); a grant, which has no
 * id, is named {@code principal→component}, and practices and backups by the system.
 */
public record Unstated(String kind, String element, String field) implements Comparable<Unstated> {

    public static final String GRANT_SEPARATOR = "→";

    @Override
    public int compareTo(Unstated o) {
        int c = kind.compareTo(o.kind);
        c = c != 0 ? c : element.compareTo(o.element);
        return c != 0 ? c : field.compareTo(o.field);
    }

    @Override
    public String toString() {
        return kind + " " + element + ": " + field + " unknown";
    }
}
