package dev.vigil.model.io;

import dev.vigil.model.Default;
import dev.vigil.model.Doc;
import dev.vigil.model.OneOf;
import dev.vigil.model.Required;
import dev.vigil.model.Vocabulary;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates a JSON Schema (draft 2020-12) from the same record definitions the binder uses, so
 * the schema editors validate against can never drift from what Vigil accepts.
 */
public final class SchemaGenerator {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, Set<String>> vocabularies;

    public SchemaGenerator(Map<String, Set<String>> vocabularies) {
        this.vocabularies = vocabularies;
    }

    public String generate(Class<?> root, String id, String title) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id);
        schema.put("title", title);
        schema.setAll(record(root));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    }

    private ObjectNode record(Class<?> type) {
        ObjectNode n = MAPPER.createObjectNode();
        Doc doc = type.getAnnotation(Doc.class);
        if (doc != null) {
            n.put("description", doc.value());
        }
        n.put("type", "object");
        ObjectNode props = n.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (RecordComponent rc : type.getRecordComponents()) {
            String key = Names.snake(rc.getName());
            props.set(key, field(rc, rc.getGenericType()));
            if (rc.isAnnotationPresent(Required.class)) {
                required.add(key);
            }
        }
        if (!required.isEmpty()) {
            n.set("required", required);
        }
        n.put("additionalProperties", false);
        return n;
    }

    private ObjectNode field(RecordComponent rc, Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        ObjectNode n;
        if (raw == java.util.List.class) {
            n = MAPPER.createObjectNode();
            n.put("type", "array");
            n.set("items", element(rc, ((ParameterizedType) type).getActualTypeArguments()[0]));
        } else {
            n = element(rc, type);
        }
        Doc doc = rc.getAnnotation(Doc.class);
        if (doc != null) {
            n.put("description", doc.value());
        }
        Default d = rc.getAnnotation(Default.class);
        if (d != null) {
            if (raw == boolean.class) {
                n.put("default", Boolean.parseBoolean(d.value()));
            } else if (raw == int.class || raw == long.class) {
                n.put("default", Long.parseLong(d.value()));
            } else {
                n.put("default", d.value());
            }
        }
        return n;
    }

    private ObjectNode element(RecordComponent rc, Type type) {
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            return record(raw);
        }
        ObjectNode n = MAPPER.createObjectNode();
        if (raw == boolean.class) {
            n.put("type", "boolean");
        } else if (raw == Boolean.class) {
            ArrayNode e = n.putArray("enum"); // tri-state: true, false, or unknown (the same as leaving it out)
            e.add(true);
            e.add(false);
            e.add(Binder.UNKNOWN);
        } else if (raw == int.class || raw == long.class) {
            if (Binder.words(rc).isEmpty()) {
                n.put("type", "integer");
            } else { // a number, or one of the words the field takes
                ArrayNode any = n.putArray("oneOf");
                any.addObject().put("type", "integer");
                ArrayNode e = any.addObject().putArray("enum");
                Binder.words(rc).keySet().forEach(e::add);
            }
        } else {
            n.put("type", "string");
            Set<String> allowed = allowed(rc);
            if (allowed != null) {
                ArrayNode e = n.putArray("enum");
                allowed.forEach(e::add);
            }
        }
        return n;
    }

    private Set<String> allowed(RecordComponent rc) {
        OneOf oneOf = rc.getAnnotation(OneOf.class);
        if (oneOf != null) {
            return new TreeSet<>(java.util.Arrays.asList(oneOf.value()));
        }
        Vocabulary v = rc.getAnnotation(Vocabulary.class);
        return v == null ? null : vocabularies.containsKey(v.value()) ? new TreeSet<>(vocabularies.get(v.value())) : null;
    }
}
