package dev.vigil.model.io;

import dev.vigil.model.Component;
import dev.vigil.model.Control;
import dev.vigil.model.DataFlow;
import dev.vigil.model.TrustZone;
import dev.vigil.model.StatedAttributes;
import dev.vigil.model.SystemModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Loads a system model from YAML or JSON and validates it; all problems are reported at once. */
public final class ModelLoader {

    private final ModelVocabulary vocabulary;
    private final Limits limits;

    public ModelLoader(ModelVocabulary vocabulary, Limits limits) {
        this.vocabulary = vocabulary;
        this.limits = limits;
    }

    public LoadedModel load(Path path) throws InvalidInputException {
        String name = path.toString();
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new InvalidInputException(List.of(new Problem(name, 0, 0, "", "file is " + size
                        + " bytes, over the limit of " + limits.maxBytes() + " bytes (raise it with --max-bytes)")));
            }
            return parse(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(name, 0, 0, "", "cannot read file: " + e.getMessage())));
        }
    }

    public LoadedModel parse(String file, byte[] bytes) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Node root = new TreeReader(limits).read(file, bytes, problems);
        if (root == null) {
            throw new InvalidInputException(problems);
        }
        return fromTree(file, root, sha256(bytes), problems);
    }

    /** Binds and checks an already parsed tree; {@code problems} may already hold reader problems. */
    public LoadedModel fromTree(String file, Node root, String sha256, List<Problem> problems) throws InvalidInputException {
        Binder binder = new Binder(file, vocabulary.vocabularies(), problems);
        SystemModel model = binder.bind(root, SystemModel.class);
        if (model != null && elements(model) > limits.maxElements()) {
            throw new InvalidInputException(List.of(new Problem(file, 0, 0, "", "the model has " + elements(model)
                    + " components, flows, principals, access grants and dependencies, over the limit of " + limits.maxElements()
                    + " (raise it with --max-elements, and the heap with VIGIL_JAVA_OPTS=-Xmx…)")));
        }
        if (model != null) {
            new ModelChecker(file, model, binder.nodesByPath(), problems, vocabulary.threatRules()).check();
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InvalidInputException(problems);
        }
        return new LoadedModel(resolve(model), file, sha256, positions(root, model), StatedAttributes.of(model));
    }

    private static int elements(SystemModel m) {
        return m.components().size() + m.flows().size() + m.principals().size() + m.access().size() + m.dependencies().size();
    }

    /**
     * Completes what the file states: components get their type's attributes and their ownership
     * (their own, else their zone's or an enclosing zone's, else their type's, else third-party when
     * hosted as SaaS, else the team's); flows that do not say whether they are encrypted are when
     * their protocol always is, are not when it never is, and stay unknown otherwise; a control that
     * protects a zone also lists every component inside it (nested zones included), so rules can ask
     * {@code covers(componentId)} without walking zones.
     */
    private SystemModel resolve(SystemModel m) {
        Map<String, TrustZone> zones = new HashMap<>();
        m.zones().forEach(z -> zones.put(z.id(), z));
        List<Component> components = m.components().stream().map(c -> {
            TreeSet<String> attributes = new TreeSet<>(vocabulary.attributesOf(c.type()));
            attributes.addAll(c.attributes());
            return new Component(c.id(), c.name(), c.type(), c.zone(), c.exposure(), c.authentication(),
                    c.encryptedAtRest(), c.hosting(), ownership(c, zones), c.customCode(), c.stores(), c.processes(), List.copyOf(attributes));
        }).toList();
        List<Control> controls = m.controls().stream().map(c -> new Control(c.id(), c.type(), withZoneMembers(c.protects(), m)))
                .toList();
        List<DataFlow> flows = m.flows().stream().map(f -> f.encrypted() != null ? f : new DataFlow(f.id(), f.name(),
                f.from(), f.to(), f.protocol(), DataFlow.ENCRYPTED_PROTOCOLS.contains(f.protocol()) ? Boolean.TRUE
                : DataFlow.CLEARTEXT_PROTOCOLS.contains(f.protocol()) ? Boolean.FALSE : null, f.authentication(), f.data()))
                .toList();
        return new SystemModel(m.system(), m.zones(), components, m.data(), flows, m.principals(), m.access(),
                m.dependencies(), m.practices(), controls, m.unknowns(), m.assumptions(), m.notes());
    }

    private String ownership(Component c, Map<String, TrustZone> zones) {
        if (c.ownership() != null) {
            return c.ownership();
        }
        Set<String> seen = new HashSet<>(); // zone cycles are reported by the checker; this only must not loop
        for (TrustZone z = zones.get(c.zone()); z != null && seen.add(z.id()); z = z.parent() == null ? null : zones.get(z.parent())) {
            if (z.ownership() != null) {
                return z.ownership();
            }
        }
        String byType = vocabulary.ownershipOf(c.type());
        if (byType != null) {
            return byType;
        }
        TrustZone zone = zones.get(c.zone());
        String kind = zone == null ? "" : zone.kind();
        // a partner's network is the partner's
        return "saas".equals(c.hosting()) || kind.equals("partner") ? "third-party" : "team";
    }

    private static List<String> withZoneMembers(List<String> protects, SystemModel m) {
        Set<String> zones = new HashSet<>();
        protects.forEach(id -> m.zones().stream().filter(z -> z.id().equals(id)).forEach(z -> zones.add(z.id())));
        boolean grew = true;
        while (grew) {
            grew = m.zones().stream().filter(z -> z.parent() != null && zones.contains(z.parent())).map(TrustZone::id)
                    .map(zones::add).reduce(false, Boolean::logicalOr);
        }
        LinkedHashSet<String> out = new LinkedHashSet<>(protects);
        m.components().stream().filter(c -> zones.contains(c.zone())).forEach(c -> out.add(c.id()));
        return List.copyOf(out);
    }

    private static Map<String, LoadedModel.Position> positions(Node root, SystemModel model) {
        Map<String, LoadedModel.Position> out = new LinkedHashMap<>();
        Node.Mapping map = (Node.Mapping) root;
        Node system = map.get("system");
        if (system != null) {
            out.put(model.system().id(), new LoadedModel.Position(system.line(), system.column()));
        }
        for (Node.Entry entry : map.entries().values()) {
            if (entry.value() instanceof Node.Sequence seq) {
                for (Node item : seq.items()) {
                    if (item instanceof Node.Mapping m && m.get("id") instanceof Node.Scalar id) {
                        out.putIfAbsent(id.value(), new LoadedModel.Position(m.line(), m.column()));
                    }
                }
            }
        }
        return out;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
