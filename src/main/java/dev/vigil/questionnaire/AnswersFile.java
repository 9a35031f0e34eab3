package dev.vigil.questionnaire;

import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.Doc;
import dev.vigil.model.Question;
import dev.vigil.model.Required;
import dev.vigil.model.io.Binder;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.Names;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;
import dev.vigil.model.io.TreeReader;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assessment saved as data: its answers in the order given, never a rule session. Read back by
 * replaying the answers (an answer waits until the answers it follows from are in), so a saved
 * assessment and an answers file for scripting are the same format.
 */
public final class AnswersFile {

    @Doc("A saved assessment or an answers file for vigil assess --answers.")
    record Saved(@Doc("Answers in the order they were given.") List<SavedAnswer> answers) {
    }

    @Doc("One answer.")
    record SavedAnswer(@Required @Doc("Question id.") String question,
                       @Doc("The item it is about, for questions asked once per item.") String item,
                       @Required @Doc("The answer: a value, or a list for several choices or named items.") Node value) {
    }

    private AnswersFile() {
    }

    /** Reads the file and replays it into the consultation; every problem is reported, none applied halfway. */
    public static void replay(String file, byte[] bytes, Consultation consultation) throws InvalidInputException, SessionLimitException {
        List<Problem> problems = new ArrayList<>();
        Node root = new TreeReader(Limits.DEFAULT).read(file, bytes, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        replay(file, root, consultation);
    }

    /**
     * Replays answers already read as a tree (a mapping holding {@code answers:}), for answers kept
     * inside another file such as a rule test case; problems carry that file's lines.
     */
    public static void replay(String file, Node root, Consultation consultation) throws InvalidInputException, SessionLimitException {
        List<Problem> problems = new ArrayList<>();
        Saved saved = root == null ? null : new Binder(file, Map.of(), problems).bind(root, Saved.class);
        if (saved == null || !problems.isEmpty()) {
            throw new InvalidInputException(problems.isEmpty() ? List.of(new Problem(file, 0, 0, "", "empty answers file")) : problems);
        }
        for (SavedAnswer a : saved.answers()) {
            if (!consultation.questionnaire().has(a.question())) {
                problems.add(at(file, a, "no question '" + a.question() + "'." + Names.didYouMean(a.question(), consultation.questionnaire().ids())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // an answer waits until its question is asked and its choices exist; revisions saved
        // later in the file can be what makes an earlier answer valid
        List<SavedAnswer> pending = new ArrayList<>(saved.answers());
        Map<SavedAnswer, String> refused = new LinkedHashMap<>();
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (SavedAnswer a : List.copyOf(pending)) {
                String item = a.item() == null ? "" : a.item();
                if (consultation.asked().stream().noneMatch(x -> x.key().equals(Question.key(a.question(), item)))) {
                    continue;
                }
                try {
                    consultation.answer(a.question(), item, values(a.value()));
                    pending.remove(a);
                    refused.remove(a);
                    progress = true;
                } catch (AnswerException e) {
                    refused.put(a, Question.key(a.question(), item) + ": " + e.getMessage());
                }
            }
        }
        for (SavedAnswer a : pending) {
            String item = a.item() == null ? "" : a.item();
            problems.add(at(file, a, refused.getOrDefault(a, "'" + Question.key(a.question(), item) + "' is not asked given the other answers")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Problem at(String file, SavedAnswer a, String message) {
        int[] pos = position(a.value());
        return new Problem(file, pos[0], pos[1], "answers", message);
    }

    private static int[] position(Node n) {
        if (n instanceof Node.Scalar s) {
            return new int[] {s.line(), s.column()};
        }
        if (n instanceof Node.Sequence s) {
            return new int[] {s.line(), s.column()};
        }
        Node.Mapping m = (Node.Mapping) n;
        return new int[] {m.line(), m.column()};
    }

    private static List<String> values(Node n) {
        if (n instanceof Node.Sequence s) {
            return s.items().stream().map(i -> i instanceof Node.Scalar sc ? sc.value() : "").toList();
        }
        return n instanceof Node.Scalar s ? List.of(s.value()) : List.of("");
    }

    /** The answers as a file that replays to the same assessment: the answers in force, in the order given. */
    public static String write(Consultation consultation) {
        List<Object> answers = new ArrayList<>();
        for (GivenAnswer a : consultation.active()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("question", a.question());
            if (!a.item().isEmpty()) {
                entry.put("item", a.item());
            }
            QuestionDef q = consultation.question(a.question());
            boolean list = q.type().equals("multi") || q.type().equals("items");
            Object value;
            if (a.values().isEmpty()) {
                value = "none";
            } else if (list && !a.isUnknown()) {
                value = a.names().stream().map(n -> valueOf(q, a, n)).toList();
            } else {
                value = a.values().get(0);
            }
            entry.put("value", value);
            answers.add(entry);
        }
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).build();
        return "# A Vigil assessment: resume it with vigil assess --resume FILE, or replay it with --answers FILE.\n"
                + new Dump(settings).dumpToString(Map.of("answers", answers));
    }

    /** Items are saved by name (the ids come from them); choices by value. */
    private static String valueOf(QuestionDef q, GivenAnswer a, String name) {
        return q.type().equals("items") ? name : a.values().get(a.names().indexOf(name));
    }
}
