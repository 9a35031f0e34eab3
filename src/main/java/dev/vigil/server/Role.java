package dev.vigil.server;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a token may do. Accepting a risk is a decision, kept apart from administration: an admin
 * manages tokens and can analyse, but only an acceptor accepts or revokes a risk.
 */
public enum Role {
    VIEWER(EnumSet.of(Permission.READ)),
    ASSESSOR(EnumSet.of(Permission.READ, Permission.ANALYSE)),
    ACCEPTOR(EnumSet.of(Permission.READ, Permission.ANALYSE, Permission.ACCEPT)),
    ADMIN(EnumSet.of(Permission.READ, Permission.ANALYSE));

    /** What an endpoint requires. */
    enum Permission { READ, ANALYSE, ACCEPT }

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    boolean may(Permission p) {
        return permissions.contains(p);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this name (case-insensitive), or an exception that lists the roles. */
    public static Role parse(String name) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(name.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "'; the roles are " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "));
    }
}
