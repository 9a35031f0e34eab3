package dev.vigil.questionnaire;

import dev.vigil.model.Question;
import dev.vigil.model.io.Binder;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;
import dev.vigil.model.io.TreeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The questionnaire: the files of knowledge-base/questionnaires in name order, each a section and
 * its questions. Questions keep that order, which is the order they are asked in.
 */
public final class Questionnaire {

    private final Node base;
    private final Map<String, QuestionDef> questions;
    private final Map<String, Integer> order = new LinkedHashMap<>();
    private final Map<String, String> sectionOf = new LinkedHashMap<>();
    private final Map<String, String> sectionTitles;

    private Questionnaire(Node base, Map<String, QuestionDef> questions, Map<String, String> sectionOf, Map<String, String> sectionTitles) {
        this.base = base;
        this.questions = questions;
        this.sectionOf.putAll(sectionOf);
        this.sectionTitles = sectionTitles;
        questions.keySet().forEach(id -> order.put(id, order.size()));
    }

    /** Loads and checks every questionnaire file under the knowledge base; reports all problems at once. */
    public static Questionnaire load(Path knowledgeDir) throws InvalidInputException {
        Path dir = knowledgeDir.resolve("questionnaires");
        List<Problem> problems = new ArrayList<>();
        Node base = null;
        Map<String, QuestionDef> questions = new LinkedHashMap<>();
        Map<String, String> sectionOf = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Path f : files(dir, problems)) {
            QuestionnaireFile file = read(f, problems);
            if (file == null) {
                continue;
            }
            if (file.base() != null) {
                if (base != null) {
                    problems.add(new Problem(f.toString(), 0, 0, "base", "only one questionnaire file may hold the base model"));
                }
                base = file.base();
            }
            if (file.section() == null) {
                if (!file.questions().isEmpty()) {
                    problems.add(new Problem(f.toString(), 0, 0, "section", "a file with questions needs its section"));
                }
                continue;
            }
            titles.put(file.section().id(), file.section().title());
            for (QuestionDef q : file.questions()) {
                if (questions.putIfAbsent(q.id(), q) != null) {
                    problems.add(new Problem(f.toString(), 0, 0, "questions", "question id '" + q.id() + "' is used twice"));
                }
                sectionOf.put(q.id(), file.section().id());
            }
        }
        if (base == null) {
            problems.add(new Problem(dir.toString(), 0, 0, "", "no questionnaire file holds the base model (base:)"));
        }
        problems.addAll(QuestionnaireChecker.check(dir.toString(), questions));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Questionnaire(base, questions, sectionOf, titles);
    }

    private static List<Path> files(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir.toString(), 0, 0, "", "the questionnaire folder is missing"));
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, 0, "", "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    private static QuestionnaireFile read(Path f, List<Problem> problems) {
        try {
            Node root = new TreeReader(Limits.DEFAULT).read(f.toString(), Files.readAllBytes(f), problems);
            return root == null ? null : new Binder(f.toString(), Map.of(), problems).bind(root, QuestionnaireFile.class);
        } catch (IOException e) {
            problems.add(new Problem(f.toString(), 0, 0, "", "cannot read file: " + e.getMessage()));
            return null;
        }
    }

    Node base() {
        return base;
    }

    QuestionDef get(String id) {
        return questions.get(id);
    }

    public boolean has(String id) {
        return questions.containsKey(id);
    }

    java.util.Collection<QuestionDef> all() {
        return questions.values();
    }

    public java.util.Set<String> ids() {
        return questions.keySet();
    }

    public int size() {
        return questions.size();
    }

    /** Position in the questionnaire, for asking in order. */
    int order(String id) {
        return order.getOrDefault(id, Integer.MAX_VALUE);
    }

    public String sectionTitle(String questionId) {
        return sectionTitles.get(sectionOf.get(questionId));
    }

    /** The facts the asking rules reason over. */
    List<Question> facts() {
        return questions.values().stream().map(q -> new Question(q.id(), sectionOf.get(q.id()), q.type(), q.required(),
                q.forEach(), q.followUp())).toList();
    }
}
