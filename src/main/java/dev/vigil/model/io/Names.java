package dev.vigil.model.io;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** Field-name conventions and "did you mean" suggestions. */
public final class Names {

    private Names() {
    }

    /** {@code encryptedAtRest} → {@code encrypted_at_rest}. */
    /**
     * Text safe to echo in a message: characters outside printable ASCII as {@code \\uXXXX} (so a
     * look-alike letter, a right-to-left override or an escape shows for what it is), cut at 60.
     */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(60).forEach(c -> out.append(c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\u%04X", c)));
        return text.codePointCount(0, text.length()) > 60 ? out + "…" : out.toString();
    }

    public static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The closest candidate within a small edit distance, or null. */
    public static String closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= Math.max(2, c.length() / 3)
                        || (lower.length() > 3 && c.contains(lower)))
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    /** " Did you mean 'x'?" or "". */
    public static String didYouMean(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        return c == null ? "" : " Did you mean '" + c + "'?";
    }

    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
