package dev.vigil.engine;

import dev.vigil.model.AccessGrant;
import dev.vigil.model.Backups;
import dev.vigil.model.Component;
import dev.vigil.model.DataFlow;
import dev.vigil.model.Dependency;
import dev.vigil.model.Practices;
import dev.vigil.model.Principal;
import dev.vigil.model.TrustZone;
import dev.vigil.model.Unstated;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a model fact's property by its record component name, and names it as an {@link Unstated}. */
final class Unknowns {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private Unknowns() {
    }

    static Object read(Object fact, String property) {
        Method m = ACCESSORS.computeIfAbsent(fact.getClass(), Unknowns::accessors).get(property);
        if (m == null) {
            throw new IllegalArgumentException(fact.getClass().getSimpleName() + " has no property '" + property
                    + "'; unstated(...) names a record component, such as encryptedAtRest");
        }
        try {
            return m.invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Unstated of(Object fact, String property) {
        if (fact instanceof Component c) {
            return new Unstated("component", c.id(), property);
        }
        if (fact instanceof DataFlow f) {
            return new Unstated("flow", f.id(), property);
        }
        if (fact instanceof AccessGrant g) {
            return new Unstated("grant", g.principal() + Unstated.GRANT_SEPARATOR + g.component(), property);
        }
        if (fact instanceof TrustZone z) {
            return new Unstated("zone", z.id(), property);
        }
        if (fact instanceof Principal p) {
            return new Unstated("principal", p.id(), property);
        }
        if (fact instanceof Dependency d) {
            return new Unstated("dependency", d.id(), property);
        }
        if (fact instanceof Practices) {
            return new Unstated("practices", "", property);
        }
        if (fact instanceof Backups) {
            return new Unstated("backups", "", property);
        }
        throw new IllegalArgumentException("unstated(...) takes a model element, not " + fact.getClass().getSimpleName());
    }

    private static Map<String, Method> accessors(Class<?> type) {
        Map<String, Method> out = new java.util.HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                out.put(rc.getName(), rc.getAccessor());
            }
        }
        return out;
    }
}
