package dev.vigil.model;

/**
 * A required question that is asked but has no answer yet. Derived in the consultation and passed
 * to the assessment's analysis, where it makes the assessment incomplete.
 */
public record Unanswered(String question, String item) {

    public String key() {
        return Question.key(question, item);
    }
}
