package dev.vigil.report;

import com.github.mustachejava.reflect.SimpleObjectHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets the templates read the JSON report's tree as it is, instead of a copy of it as maps and
 * lists (the copy was a third of the Markdown report's time in a batch). Objects become
 * {@link NodeScope}s, arrays are iterated as they are, and values become strings, numbers and
 * booleans: what the templates see is the same as with maps. Everything else (the view's maps,
 * lists and records) is looked up as {@link SimpleObjectHandler} does.
 */
final class JsonTreeHandler extends SimpleObjectHandler {

    @Override
    public Object get(String name, Object scope) {
        if (scope instanceof NodeScope s) {
            if (s.extra().isEmpty()) {
                return get(name, s.node());
            }
            Object own = s.extra().get(name);
            return own != null || s.extra().containsKey(name) ? own : get(name, s.node());
        }
        if (scope instanceof ObjectNode o) {
            JsonNode v = o.get(name);
            return v == null ? NOT_FOUND : value(v);
        }
        return super.get(name, scope);
    }

    @Override
    public Object coerce(Object object) {
        return object instanceof JsonNode n ? value(n) : super.coerce(object);
    }

    @Override
    public String stringify(Object object) {
        return super.stringify(object instanceof JsonNode n ? value(n) : object);
    }

    /** What a template sees of a node: a scope, the array itself (iterated), or a plain value. */
    static Object value(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> n.stringValue();
            case NUMBER -> n.numberValue();
            case OBJECT -> new NodeScope((ObjectNode) n);
            case ARRAY -> n;
            case BOOLEAN -> n.booleanValue();
            default -> null;
        };
    }
}
