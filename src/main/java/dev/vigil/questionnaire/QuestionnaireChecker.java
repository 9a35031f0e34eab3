package dev.vigil.questionnaire;

import dev.vigil.model.io.Names;
import dev.vigil.model.io.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cross-references inside the questionnaire: what a question iterates over, takes its choices from. */
final class QuestionnaireChecker {

    private QuestionnaireChecker() {
    }

    static List<Problem> check(String dir, Map<String, QuestionDef> questions) {
        List<Problem> problems = new ArrayList<>();
        for (QuestionDef q : questions.values()) {
            String at = "question " + q.id();
            if (!q.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(new Problem(dir, 0, 0, at, "id must be lower-case words joined by dashes"));
            }
            if (q.forEach() != null) {
                itemsQuestion(dir, at + ".for_each", q.forEach(), questions, problems);
            }
            q.choicesFrom().forEach(list -> listQuestion(dir, at + ".choices_from", list, questions, problems));
            boolean choice = q.type().equals("single") || q.type().equals("multi");
            boolean hasChoices = !q.choices().isEmpty() || !q.choicesFrom().isEmpty();
            if (choice != hasChoices) {
                problems.add(new Problem(dir, 0, 0, at, choice ? "a " + q.type() + " question needs choices or choices_from"
                        : "only single and multi questions have choices"));
            }
            if (q.choices().stream().anyMatch(c -> c.value().equals("unknown"))) {
                problems.add(new Problem(dir, 0, 0, at, "'unknown' is offered with every choice question; do not list it"));
            }
            if (q.unpickedSets() != null && (!q.type().equals("multi") || q.choices().isEmpty())) {
                problems.add(new Problem(dir, 0, 0, at, "unpicked_sets needs a multi question with its own choices"));
            }
            if (q.type().equals("items") && q.forEach() != null) {
                problems.add(new Problem(dir, 0, 0, at, "an items question cannot itself be asked for each item"));
            }
        }
        return problems;
    }

    /** Choices come from the items of an items question or the picks of a multi question. */
    private static void listQuestion(String dir, String at, String id, Map<String, QuestionDef> questions, List<Problem> problems) {
        QuestionDef target = questions.get(id);
        if (target == null) {
            problems.add(new Problem(dir, 0, 0, at, "no question '" + id + "'" + Names.didYouMean(id, questions.keySet())));
        } else if (!target.type().equals("items") && !target.type().equals("multi")) {
            problems.add(new Problem(dir, 0, 0, at, "'" + id + "' is a " + target.type() + " question; choices come from items or multi questions"));
        }
    }

    private static void itemsQuestion(String dir, String at, String id, Map<String, QuestionDef> questions, List<Problem> problems) {
        QuestionDef target = questions.get(id);
        if (target == null) {
            problems.add(new Problem(dir, 0, 0, at, "no question '" + id + "'" + Names.didYouMean(id, questions.keySet())));
        } else if (!target.type().equals("items")) {
            problems.add(new Problem(dir, 0, 0, at, "'" + id + "' is a " + target.type() + " question, not an items question"));
        }
    }
}
