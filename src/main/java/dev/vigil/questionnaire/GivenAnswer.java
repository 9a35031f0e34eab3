package dev.vigil.questionnaire;

import dev.vigil.model.Question;

import java.util.List;

/**
 * An answer as the assessment keeps it: the normalised values the rules see, and for a list of
 * named items the names as the person wrote them (values are then the ids made from them).
 */
public record GivenAnswer(String question, String item, List<String> values, List<String> names) {

    public GivenAnswer {
        values = List.copyOf(values);
        names = List.copyOf(names);
    }

    public String key() {
        return Question.key(question, item);
    }

    /** True for the answer "unknown", a gap to close. */
    public boolean isUnknown() {
        return values.equals(List.of("unknown"));
    }

    /** The answer as a person reads it. */
    public String shown() {
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
