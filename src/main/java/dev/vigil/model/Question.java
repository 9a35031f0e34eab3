package dev.vigil.model;

/**
 * A fact of an assessment: a question of the questionnaire, with what the asking rules need to
 * know about it. {@code forEach} names the list question whose items it is asked about; a
 * follow-up is asked only when a rule says so.
 */
public record Question(String id, String section, String type, boolean required, String forEach, boolean followUp) {

    public static String key(String question, String item) {
        return item.isEmpty() ? question : question + "[" + item + "]";
    }
}
