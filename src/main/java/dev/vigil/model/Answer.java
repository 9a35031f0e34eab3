package dev.vigil.model;

import java.util.List;

/**
 * A fact of an assessment: the current answer to a question, about an item when the question is
 * asked once per named item (else item is ""). Values are normalised: a choice's value, the ids of
 * named items, a number as text, or "unknown".
 */
public record Answer(String question, String item, List<String> values) {

    public Answer {
        values = List.copyOf(values);
    }

    /** The single value of a yes/no, choice, number or text answer ("" when there is none). */
    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean unknown() {
        return values.equals(List.of("unknown"));
    }

    /** The answer as a number, or -1 when it is not one (unknown, text). */
    public long number() {
        try {
            return Long.parseLong(value());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean has(String value) {
        return values.contains(value);
    }
}
