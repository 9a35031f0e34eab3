package dev.vigil.questionnaire;

/** An answer that cannot be taken: says what is wrong and what is allowed. The assessment is unchanged. */
public final class AnswerException extends Exception {

    public AnswerException(String message) {
        super(message);
    }
}
