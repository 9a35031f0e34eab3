package dev.vigil.model;

/**
 * A fact of an assessment: the question is to be asked now (about the item, or "" for a question
 * asked once), because of the rule with this id. Rules insert it logically, so it disappears when
 * the answers that led to it change.
 */
public record Ask(String question, String item, String ruleId) {

    /** "question" or "question[item]": how tests, saved assessments and messages name it. */
    public String key() {
        return Question.key(question, item);
    }
}
