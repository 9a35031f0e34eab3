package dev.vigil.model.io;

import dev.vigil.model.Default;
import dev.vigil.model.OneOf;
import dev.vigil.model.Required;
import dev.vigil.model.Vocabulary;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Binds a {@link Node} tree to records by their components (snake_case keys), collecting every
 * problem instead of stopping at the first. Scalars are typed by the field they land in, so
 * {@code version: 1.10} stays the text "1.10" and {@code no} is never a boolean.
 */
public final class Binder {

    /** What a tri-state property (a {@code Boolean} field) may say besides true and false; bound as null. */
    static final String UNKNOWN = "unknown";

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern LEADING_ZERO = Pattern.compile("-?0\\d+");

    private final String file;
    private final Map<String, Set<String>> vocabularies;
    private final List<Problem> problems;
    private final Map<String, Node> nodesByPath = new LinkedHashMap<>();

    public Binder(String file, Map<String, Set<String>> vocabularies, List<Problem> problems) {
        this.file = file;
        this.vocabularies = vocabularies;
        this.problems = problems;
    }

    /** Binds the root; the result may hold nulls where problems were reported. */
    public <T> T bind(Node node, Class<T> type) {
        return type.cast(bindRecord(node, type, ""));
    }

    /** The node each bound path came from, for checks that run after binding. */
    public Map<String, Node> nodesByPath() {
        return nodesByPath;
    }

    /**
     * A field's type as binding needs it: the raw class, whether it is a record, and for a list its
     * element's; computed once (Class.isRecord is a native call, and binding asks for every value).
     */
    private record FieldType(Class<?> raw, boolean record, FieldType element) {
        static FieldType of(Type type) {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            FieldType element = raw == List.class ? of(((ParameterizedType) type).getActualTypeArguments()[0]) : null;
            return new FieldType(raw, raw.isRecord(), element);
        }
    }

    /** What binding needs to know of a record type, computed once per type (reflection is slow). */
    private record Shape(RecordComponent[] components, String[] keys, Map<String, RecordComponent> byKey,
                         java.lang.reflect.Constructor<?> constructor, boolean[] required, FieldType[] types, String[] defaults) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] keys = new String[components.length];
            boolean[] required = new boolean[components.length];
            FieldType[] types = new FieldType[components.length];
            String[] defaults = new String[components.length];
            Map<String, RecordComponent> byKey = new LinkedHashMap<>();
            for (int i = 0; i < components.length; i++) {
                keys[i] = Names.snake(components[i].getName());
                byKey.put(keys[i], components[i]);
                required[i] = components[i].isAnnotationPresent(Required.class);
                types[i] = FieldType.of(components[i].getGenericType());
                Default d = components[i].getAnnotation(Default.class);
                defaults[i] = d == null ? null : d.value();
            }
            var constructor = type.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return new Shape(components, keys, byKey, constructor, required, types, defaults);
        }
    }

    private static final Map<Class<?>, Shape> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

    private Object bindRecord(Node node, Class<?> type, String path) {
        nodesByPath.put(path, node);
        if (!(node instanceof Node.Mapping map)) {
            problem(node, path, "expected a mapping of fields (" + String.join(", ", fieldNames(type)) + "), got "
                    + describe(node));
            return null;
        }
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        RecordComponent[] components = shape.components();
        Map<String, RecordComponent> byKey = shape.byKey();
        for (Node.Entry e : map.entries().values()) {
            if (!byKey.containsKey(e.key())) {
                problems.add(new Problem(file, e.line(), e.column(), join(path, e.key()), "unknown field '" + e.key()
                        + "'." + Names.didYouMean(e.key(), byKey.keySet()) + " Allowed here: "
                        + String.join(", ", byKey.keySet())));
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            String key = shape.keys()[i];
            String at = join(path, key);
            Node value = map.get(key);
            boolean absent = value == null || value instanceof Node.Scalar s && s.isNull();
            if (absent && shape.required()[i]) {
                problem(value == null ? map : value, at, "missing required field '" + key + "'");
            }
            FieldType ft = shape.types()[i];
            args[i] = absent ? defaultValue(ft, shape.defaults()[i], map, at) : bindValue(value, rc, ft, at);
            if (args[i] == null && ft.raw().isPrimitive()) {
                args[i] = defaultValue(ft, shape.defaults()[i], map, at);
            }
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** The value of an absent field: its {@code @Default} text (given), an empty list, or an empty record. */
    private Object defaultValue(FieldType ft, String text, Node.Mapping parent, String path) {
        Class<?> t = ft.raw();
        if (t == List.class) {
            return List.of();
        }
        if (ft.record()) {
            return bindRecord(new Node.Mapping(new LinkedHashMap<>(), parent.line(), parent.column()), t, path);
        }
        if (t == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (t == int.class) {
            return text == null ? 0 : Integer.parseInt(text);
        }
        if (t == long.class) {
            return text == null ? 0L : Long.parseLong(text);
        }
        return text;
    }

    private Object bindValue(Node node, RecordComponent rc, FieldType type, String path) {
        Class<?> raw = type.raw();
        if (type.record()) {
            return bindRecord(node, raw, path); // which records the node under the path
        }
        nodesByPath.put(path, node);
        if (raw == List.class) {
            FieldType element = type.element();
            if (!(node instanceof Node.Sequence seq)) {
                problem(node, path, "expected a list, got " + describe(node));
                return List.of();
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                Object v = bindValue(seq.items().get(i), rc, element, path + "[" + i + "]");
                if (v != null) {
                    out.add(v);
                }
            }
            return List.copyOf(out);
        }
        if (raw == Node.class) {
            return node; // kept as written: a template the caller interprets
        }
        if (!(node instanceof Node.Scalar s)) {
            problem(node, path, "expected " + expected(raw) + ", got " + describe(node));
            return null;
        }
        if (raw == String.class) {
            return checkAllowed(s, rc, path);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (s.plain() && (s.value().equals("true") || s.value().equals("false"))) {
                return Boolean.parseBoolean(s.value());
            }
            if (raw == Boolean.class && s.plain() && s.value().equals(UNKNOWN)) {
                return null; // said outright: the same as leaving the field out
            }
            problem(s, path, "expected " + expected(raw) + ", got " + describe(s));
            return null;
        }
        if (raw == int.class || raw == long.class) {
            String word = words(rc).get(s.value());
            if (s.plain() && word != null) {
                return raw == int.class ? (Object) Integer.parseInt(word) : (Object) Long.parseLong(word);
            }
            if (s.plain() && LEADING_ZERO.matcher(s.value()).matches()) {
                problem(s, path, "'" + s.value() + "' has a leading zero: YAML 1.1 reads it as an octal number, YAML 1.2 as a "
                        + "decimal one; write it without the zero");
                return null;
            }
            if (s.plain() && INTEGER.matcher(s.value()).matches()) {
                long v = Long.parseLong(s.value());
                if (raw == long.class || (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE)) {
                    return raw == int.class ? (Object) (int) v : (Object) v;
                }
            }
            problem(s, path, "expected a whole number" + (raw == int.class ? " up to " + Integer.MAX_VALUE : "")
                    + (words(rc).isEmpty() ? "" : " or one of " + String.join(", ", words(rc).keySet())) + ", got " + describe(s));
            return null;
        }
        throw new IllegalStateException("unsupported field type " + raw);
    }

    private String checkAllowed(Node.Scalar s, RecordComponent rc, String path) {
        Set<String> allowed = allowedValues(rc);
        if (allowed != null && !allowed.contains(s.value())) {
            Set<String> sorted = new TreeSet<>(allowed);
            problem(s, path, "'" + s.value() + "' is not an allowed value." + Names.didYouMean(s.value(), sorted)
                    + " Allowed: " + String.join(", ", sorted));
            return null;
        }
        return s.value();
    }

    private static final Map<RecordComponent, Set<String>> ONE_OF = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<RecordComponent, java.util.Optional<String>> VOCABULARY = new java.util.concurrent.ConcurrentHashMap<>();

    /** The values a string field allows, or null; annotation lookups are cached per field (hot path). */
    private Set<String> allowedValues(RecordComponent rc) {
        Set<String> oneOf = ONE_OF.computeIfAbsent(rc, c -> {
            OneOf a = c.getAnnotation(OneOf.class);
            return a == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(a.value())));
        });
        if (!oneOf.isEmpty()) {
            return oneOf;
        }
        String vocabulary = VOCABULARY.computeIfAbsent(rc, c -> java.util.Optional.ofNullable(c.getAnnotation(Vocabulary.class))
                .map(Vocabulary::value)).orElse(null);
        return vocabulary == null ? null : vocabularies.get(vocabulary);
    }

    private static final Map<RecordComponent, Map<String, String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The words a number field takes ({@link dev.vigil.model.Words}), word → number; cached per field. */
    static Map<String, String> words(RecordComponent rc) {
        return WORDS.computeIfAbsent(rc, c -> {
            dev.vigil.model.Words w = c.getAnnotation(dev.vigil.model.Words.class);
            Map<String, String> out = new LinkedHashMap<>();
            if (w != null) {
                for (String pair : w.value()) {
                    out.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    private static List<String> fieldNames(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(rc -> Names.snake(rc.getName())).toList();
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class) {
            return "a text value";
        }
        return raw == Boolean.class ? "true, false or unknown" : raw == boolean.class ? "true or false" : "a whole number";
    }

    private static String describe(Node node) {
        if (node instanceof Node.Mapping) {
            return "a mapping";
        }
        if (node instanceof Node.Sequence) {
            return "a list";
        }
        Node.Scalar s = (Node.Scalar) node;
        String v = s.value().length() > 40 ? s.value().substring(0, 40) + "…" : s.value();
        return s.plain() ? "'" + v + "'" : "the quoted text \"" + v + "\"";
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void problem(Node at, String path, String message) {
        problems.add(new Problem(file, at.line(), at.column(), path, message));
    }
}
