package dev.vigil.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The attributes a model file writes on a component, as opposed to those its technology type brings.
 * A type's attributes describe what such components usually do (a web application renders HTML from
 * input); a stated one is what the modeler says this component does (it builds SQL from request
 * data, it renders what customers write), so rules about flaws in code can tell a presumption from a
 * statement.
 */
public record StatedAttributes(String component, List<String> attributes) {

    /** One per component that writes attributes, in model order, from a model before types are merged in. */
    public static List<StatedAttributes> of(SystemModel written) {
        List<StatedAttributes> out = new ArrayList<>();
        for (Component c : written.components()) {
            if (!c.attributes().isEmpty()) {
                out.add(new StatedAttributes(c.id(), List.copyOf(c.attributes())));
            }
        }
        return List.copyOf(out);
    }
}
