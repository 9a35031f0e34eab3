package dev.vigil.ruletest;

import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;
import dev.vigil.model.io.TreeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds and reads {@code *.test.yaml} files under rule folders. */
public final class RuleCaseLoader {

    private static final Set<String> CASE_KEYS = Set.of("name", "given", "answers", "expect", "expect_none", "todo");
    private static final Set<String> EXPECT_KEYS = Set.of("rule", "target", "severity", "scenario", "as");

    public List<Path> findFiles(List<Path> dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".test.yaml"))
                        .filter(p -> !dir.relativize(p).toString().replace('\\', '/').contains("_template/"))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    public List<RuleCase> load(Path file) throws InvalidInputException, IOException {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        Node root = new TreeReader(Limits.DEFAULT).read(name, Files.readAllBytes(file), problems);
        List<RuleCase> cases = new ArrayList<>();
        if (root instanceof Node.Mapping map && map.get("cases") instanceof Node.Sequence seq) {
            for (Node item : seq.items()) {
                RuleCase c = readCase(name, item, problems);
                if (c != null) {
                    cases.add(c);
                }
            }
        } else if (root != null) {
            problems.add(new Problem(name, root.line(), root.column(), "", "a test file holds 'cases:', a list of cases"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cases;
    }

    private RuleCase readCase(String file, Node item, List<Problem> problems) {
        if (!(item instanceof Node.Mapping map)) {
            problems.add(new Problem(file, item.line(), item.column(), "", "a case is a mapping with name, given (or answers), expect, expect_none"));
            return null;
        }
        checkKeys(file, map, CASE_KEYS, problems);
        String name = text(map.get("name"));
        if (name == null) {
            problems.add(new Problem(file, map.line(), map.column(), "", "a case needs a name"));
        }
        Node given = map.get("given");
        Node.Sequence answers = answers(file, map, problems);
        return new RuleCase(file, map.line(), name, given == null ? new Node.Mapping(new java.util.LinkedHashMap<>(), map.line(), map.column()) : given,
                answers,
                expectations(file, map.get("expect"), problems), expectations(file, map.get("expect_none"), problems),
                text(map.get("todo")));
    }

    /** The answers of an assessment case: a list in the answers-file format; never beside 'given'. */
    private static Node.Sequence answers(String file, Node.Mapping map, List<Problem> problems) {
        Node.Entry entry = map.entries().get("answers");
        if (entry == null) {
            return null;
        }
        Node.Entry given = map.entries().get("given");
        if (given != null) {
            problems.add(new Problem(file, entry.line(), entry.column(), "answers",
                    "a case has either 'given' (a model, at line " + given.line() + ") or 'answers' (an assessment), not both"));
            return null;
        }
        if (!(entry.value() instanceof Node.Sequence seq)) {
            problems.add(new Problem(file, entry.line(), entry.column(), "answers",
                    "answers is a list of {question, item, value}, as in an answers file"));
            return null;
        }
        return seq;
    }

    private List<RuleCase.Expectation> expectations(String file, Node node, List<Problem> problems) {
        List<RuleCase.Expectation> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof Node.Sequence seq)) {
            problems.add(new Problem(file, node.line(), node.column(), "", "expect and expect_none are lists of {rule, target}"));
            return out;
        }
        for (Node n : seq.items()) {
            if (n instanceof Node.Mapping m && text(m.get("rule")) != null) {
                checkKeys(file, m, EXPECT_KEYS, problems);
                String as = text(m.get("as"));
                if (as != null && !as.equals(RuleCase.Expectation.QUESTION) && !as.equals(RuleCase.Expectation.FACT)) {
                    Node.Entry at = m.entries().get("as");
                    problems.add(new Problem(file, at.line(), at.column(), "", "'" + as + "' is not allowed for as; allowed: fact, question"));
                }
                out.add(new RuleCase.Expectation(text(m.get("rule")), text(m.get("target")), text(m.get("severity")),
                        text(m.get("scenario")), as));
            } else {
                problems.add(new Problem(file, n.line(), n.column(), "", "an expectation needs at least 'rule'"));
            }
        }
        return out;
    }

    private static void checkKeys(String file, Node.Mapping map, Set<String> allowed, List<Problem> problems) {
        map.entries().values().stream().filter(e -> !allowed.contains(e.key())).forEach(e ->
                problems.add(new Problem(file, e.line(), e.column(), "", "unknown key '" + e.key() + "'; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)))));
    }

    private static String text(Node node) {
        return node instanceof Node.Scalar s && !s.isNull() ? s.value() : null;
    }
}
