package dev.vigil.questionnaire;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a person typed (or an answers file holds) into a normalised answer, or says precisely
 * what is wrong and what is allowed. Choices may be given by value or by their number in the list.
 */
final class AnswerParser {

    static final int MAX_ITEMS = 100;
    static final int MAX_TEXT = 500;
    static final int MAX_NAME = 80;

    private AnswerParser() {
    }

    /**
     * @param choices the choices on offer (value → label), in order; empty unless single or multi
     */
    static GivenAnswer parse(QuestionDef q, String item, List<String> raw, Map<String, String> choices) throws AnswerException {
        List<String> parts = raw.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (parts.size() == 1 && q.allowsUnknown() && isUnknown(parts.get(0))) {
            return new GivenAnswer(q.id(), item, List.of("unknown"), List.of("unknown"));
        }
        return switch (q.type()) {
            case "yes-no" -> single(q, item, parts, yesNo(parts));
            case "single" -> single(q, item, parts, choice(one(q, parts), choices));
            case "multi" -> multi(q, item, parts, choices);
            case "number" -> single(q, item, parts, number(q, one(q, parts)));
            case "text" -> single(q, item, parts, text(String.join(", ", parts)));
            case "items" -> items(q, item, parts);
            default -> throw new IllegalStateException(q.type());
        };
    }

    private static boolean isUnknown(String s) {
        return s.equalsIgnoreCase("unknown") || s.equals("?") || s.equalsIgnoreCase("don't know") || s.equalsIgnoreCase("dont know");
    }

    private static GivenAnswer single(QuestionDef q, String item, List<String> parts, String value) {
        return new GivenAnswer(q.id(), item, List.of(value), List.of(value));
    }

    private static String one(QuestionDef q, List<String> parts) throws AnswerException {
        if (parts.size() != 1) {
            throw new AnswerException(parts.isEmpty() ? "an answer is needed" + unknownHint(q) : "give one answer, not " + parts.size());
        }
        return parts.get(0);
    }

    private static String unknownHint(QuestionDef q) {
        return q.allowsUnknown() ? " (or unknown)" : "";
    }

    private static String yesNo(List<String> parts) throws AnswerException {
        String s = parts.size() == 1 ? parts.get(0).toLowerCase(Locale.ROOT) : "";
        return switch (s) {
            case "yes", "y", "true" -> "yes";
            case "no", "n", "false" -> "no";
            default -> throw new AnswerException("answer yes, no or unknown" + (parts.isEmpty() ? "" : ", not '" + String.join(", ", parts) + "'"));
        };
    }

    private static String choice(String s, Map<String, String> choices) throws AnswerException {
        List<String> values = new ArrayList<>(choices.keySet());
        if (values.isEmpty()) {
            throw new AnswerException("there is nothing to choose from yet: the choices are the items named in an earlier answer");
        }
        if (s.matches("\\d{1,3}")) {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= values.size()) {
                return values.get(n - 1);
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> c : choices.entrySet()) {
            if (c.getKey().equals(lower) || c.getValue().equalsIgnoreCase(s)) {
                return c.getKey();
            }
        }
        throw new AnswerException("'" + s + "' is not one of the choices; answer with a number from 1 to " + values.size()
                + " or one of: " + String.join(", ", values) + ", unknown");
    }

    private static GivenAnswer multi(QuestionDef q, String item, List<String> parts, Map<String, String> choices) throws AnswerException {
        if (parts.size() == 1 && parts.get(0).equalsIgnoreCase("none")) {
            return new GivenAnswer(q.id(), item, List.of(), List.of());
        }
        if (parts.isEmpty()) {
            throw new AnswerException("choose one or more (separated by commas), none, or unknown");
        }
        Set<String> picked = new LinkedHashSet<>();
        for (String p : parts) {
            picked.add(choice(p, choices));
        }
        // in the order of the choices, so that the same picks always give the same answer
        List<String> ordered = choices.keySet().stream().filter(picked::contains).toList();
        return new GivenAnswer(q.id(), item, ordered, ordered.stream().map(choices::get).toList());
    }

    private static String number(QuestionDef q, String s) throws AnswerException {
        if (!s.matches("\\d{1,12}")) {
            throw new AnswerException("answer a whole number from " + q.min() + " to " + q.max() + ", or unknown; not '" + s + "'");
        }
        long n = Long.parseLong(s);
        if (n < q.min() || n > q.max()) {
            throw new AnswerException(n + " is out of range: answer a whole number from " + q.min() + " to " + q.max());
        }
        return Long.toString(n);
    }

    private static String text(String s) throws AnswerException {
        if (s.isEmpty()) {
            throw new AnswerException("an answer is needed");
        }
        if (s.length() > MAX_TEXT) {
            throw new AnswerException("at most " + MAX_TEXT + " characters, not " + s.length());
        }
        if (s.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new AnswerException("control and formatting characters are not allowed");
        }
        return s;
    }

    private static GivenAnswer items(QuestionDef q, String item, List<String> parts) throws AnswerException {
        if (parts.size() == 1 && parts.get(0).equalsIgnoreCase("none")) {
            return new GivenAnswer(q.id(), item, List.of(), List.of());
        }
        if (parts.isEmpty()) {
            throw new AnswerException("name one or more, separated by commas, or answer none");
        }
        if (parts.size() > MAX_ITEMS) {
            throw new AnswerException("at most " + MAX_ITEMS + " items, not " + parts.size());
        }
        List<String> ids = new ArrayList<>();
        for (String name : parts) {
            if (name.length() > MAX_NAME) {
                throw new AnswerException("names are at most " + MAX_NAME + " characters: '" + name.substring(0, 20) + "…'");
            }
            text(name);
            String id = idOf(name);
            if (id.isEmpty()) {
                throw new AnswerException("'" + name + "' needs at least one letter or digit from a to z or 0 to 9");
            }
            if (ids.contains(id)) {
                throw new AnswerException("'" + name + "' is named twice (names are compared without case and punctuation)");
            }
            ids.add(id);
        }
        return new GivenAnswer(q.id(), item, ids, parts);
    }

    /** The model id made from a name: ASCII letters and digits, lower-case, joined by dashes. */
    static String idOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
