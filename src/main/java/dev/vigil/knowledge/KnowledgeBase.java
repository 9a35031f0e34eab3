package dev.vigil.knowledge;

import dev.vigil.model.io.Binder;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.ModelVocabulary;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;
import dev.vigil.model.io.TreeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The catalogs of one knowledge-base directory, validated and cross-checked at load time. */
public final class KnowledgeBase implements ModelVocabulary {

    private final SortedMap<String, ThreatDef> threats;
    private final SortedMap<String, MitigationDef> mitigations;
    private final SortedMap<String, TechnologyDef> technologies;
    private final SortedMap<String, AttributeDef> attributes;
    private final SortedMap<String, StepDef> steps;
    private final Map<String, List<String>> threatsByMitigation;
    private final Map<String, Set<String>> vocabularies;
    private final List<dev.vigil.model.Enables> enablers;

    KnowledgeBase(SortedMap<String, ThreatDef> threats, SortedMap<String, MitigationDef> mitigations,
                  SortedMap<String, TechnologyDef> technologies, SortedMap<String, AttributeDef> attributes,
                  SortedMap<String, StepDef> steps) {
        this.threats = Collections.unmodifiableSortedMap(threats);
        this.mitigations = Collections.unmodifiableSortedMap(mitigations);
        this.technologies = Collections.unmodifiableSortedMap(technologies);
        this.attributes = Collections.unmodifiableSortedMap(attributes);
        this.steps = Collections.unmodifiableSortedMap(steps);
        Map<String, List<String>> inverse = new TreeMap<>();
        threats.values().forEach(t -> t.mitigations().forEach(m -> inverse.computeIfAbsent(m, k -> new ArrayList<>()).add(t.id())));
        this.threatsByMitigation = inverse;
        List<dev.vigil.model.Enables> pairs = new ArrayList<>();
        threats.values().forEach(t -> t.enables().forEach(step -> pairs.add(new dev.vigil.model.Enables(t.id(), step))));
        this.enablers = List.copyOf(pairs);
        this.vocabularies = Map.of("technologies", Collections.unmodifiableSortedSet(new TreeSet<>(technologies.keySet())),
                "attributes", Collections.unmodifiableSortedSet(new TreeSet<>(attributes.keySet())));
    }

    /** Loads every catalog under {@code dir} (threats/, mitigations/, technologies/, steps/). */
    public static KnowledgeBase load(Path dir) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        var threats = new TreeMap<String, ThreatDef>();
        var mitigations = new TreeMap<String, MitigationDef>();
        var technologies = new TreeMap<String, TechnologyDef>();
        var attributes = new TreeMap<String, AttributeDef>();
        for (Path f : yamlFiles(dir.resolve("technologies"), problems)) {
            var file = read(f, CatalogFiles.TechnologiesFile.class, Map.of(), problems);
            if (file != null) {
                file.attributes().forEach(a -> putUnique(attributes, a.id(), a, f, problems));
            }
        }
        var vocab = Map.<String, Set<String>>of("attributes", attributes.keySet());
        for (Path f : yamlFiles(dir.resolve("technologies"), problems)) {
            var file = read(f, CatalogFiles.TechnologiesFile.class, vocab, new ArrayList<>());
            if (file != null) {
                file.technologies().forEach(t -> putUnique(technologies, t.id(), t, f, problems));
            }
        }
        for (Path f : yamlFiles(dir.resolve("mitigations"), problems)) {
            var file = read(f, CatalogFiles.MitigationsFile.class, Map.of(), problems);
            if (file != null) {
                file.mitigations().forEach(m -> putUnique(mitigations, m.id(), m, f, problems));
            }
        }
        var steps = new TreeMap<String, StepDef>();
        for (Path f : yamlFiles(dir.resolve("steps"), problems)) {
            var file = read(f, CatalogFiles.StepsFile.class, Map.of(), problems);
            if (file != null) {
                file.steps().forEach(st -> putUnique(steps, st.id(), st, f, problems));
            }
        }
        var stepVocabulary = Map.<String, Set<String>>of("steps", steps.keySet());
        for (Path f : yamlFiles(dir.resolve("threats"), problems)) {
            var file = read(f, CatalogFiles.ThreatsFile.class, stepVocabulary, problems);
            if (file != null) {
                file.threats().forEach(t -> putUnique(threats, t.id(), t, f, problems));
            }
        }
        new CatalogChecker(dir.toString(), threats, mitigations, problems).check();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new KnowledgeBase(threats, mitigations, technologies, attributes, steps);
    }

    private static List<Path> yamlFiles(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir.toString(), 0, 0, "", "catalog folder is missing"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, 0, "", "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static <T> T read(Path f, Class<T> type, Map<String, Set<String>> vocab, List<Problem> problems) {
        try {
            Node root = new TreeReader(Limits.DEFAULT).read(f.toString(), Files.readAllBytes(f), problems);
            return root == null ? null : new Binder(f.toString(), vocab, problems).bind(root, type);
        } catch (IOException e) {
            problems.add(new Problem(f.toString(), 0, 0, "", "cannot read file: " + e.getMessage()));
            return null;
        }
    }

    private static <T> void putUnique(Map<String, T> map, String id, T value, Path f, List<Problem> problems) {
        if (id != null && map.putIfAbsent(id, value) != null) {
            problems.add(new Problem(f.toString(), 0, 0, "", "duplicate catalog id '" + id + "'"));
        }
    }

    public SortedMap<String, ThreatDef> threats() {
        return threats;
    }

    public SortedMap<String, MitigationDef> mitigations() {
        return mitigations;
    }

    public SortedMap<String, TechnologyDef> technologies() {
        return technologies;
    }

    public SortedMap<String, AttributeDef> attributes() {
        return attributes;
    }

    /** Which threats enable which attack steps, as facts for a rule session (threat order, then the catalog's step order). */
    public List<dev.vigil.model.Enables> enablers() {
        return enablers;
    }

    /** The kinds of attack step, by id (knowledge-base/steps). */
    public SortedMap<String, StepDef> steps() {
        return steps;
    }

    /** The threat with this id, or null (also for a null id). */
    public ThreatDef threat(String id) {
        return id == null ? null : threats.get(id);
    }

    public MitigationDef mitigation(String id) {
        return mitigations.get(id);
    }

    /** The threats a mitigation addresses (the inverse of {@link ThreatDef#mitigations()}). */
    public List<String> threatsAddressedBy(String mitigationId) {
        return threatsByMitigation.getOrDefault(mitigationId, List.of());
    }

    @Override
    public Map<String, Set<String>> vocabularies() {
        return vocabularies;
    }

    @Override
    public List<String> attributesOf(String technology) {
        TechnologyDef t = technologies.get(technology);
        return t == null ? List.of() : t.attributes();
    }
}
