package dev.vigil.analysis;

import java.util.List;
import java.util.Locale;

/** Severity bands over a score (likelihood × impact, 1–25). */
public enum Severity {
    LOW(1), MEDIUM(6), HIGH(12), CRITICAL(20);

    private final int minScore;

    Severity(int minScore) {
        this.minScore = minScore;
    }

    public static Severity of(int score) {
        Severity result = LOW;
        for (Severity s : values()) {
            if (score >= s.minScore) {
                result = s;
            }
        }
        return result;
    }

    /** The highest score still inside this band. */
    public int maxScore() {
        return this == CRITICAL ? 25 : values()[ordinal() + 1].minScore - 1;
    }

    public static Severity parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "'; allowed: " + names());
        }
    }

    public static String names() {
        return String.join(", ", List.of("low", "medium", "high", "critical"));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
