package dev.vigil.model;

/**
 * A required question that is asked but has no answer yet. Derived in the consultation (without
 * text) and handed to the assessment's analysis with the question as it was asked, where it makes
 * the assessment incomplete.
 */
public record Unanswered(String question, String item, String text) {

    public String key() {
        return Question.key(question, item);
    }
}
