package dev.vigil.questionnaire;

import dev.vigil.engine.Evidence;
import dev.vigil.engine.LiveSession;
import dev.vigil.engine.RuleBase;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.Answer;
import dev.vigil.model.Ask;
import dev.vigil.model.Question;
import dev.vigil.model.Unanswered;
import dev.vigil.model.io.Names;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question-and-answer engine, after the CarWontStart example: questions and answers are facts
 * in one live session; rules in rules/questionnaire insert, logically, the questions to ask and
 * the required ones left open. An answer is in working memory only while its question is asked,
 * so changing an answer withdraws every follow-up that depended on it, and their answers with
 * them (they are kept aside and come back if the question is asked again).
 */
public final class Consultation implements AutoCloseable {

    private static final int MAX_ROUNDS = 100;

    private final Questionnaire questionnaire;
    private final LiveSession session;
    private final Map<String, GivenAnswer> given = new LinkedHashMap<>();
    private final Map<String, FactHandle> inMemory = new HashMap<>();
    private final Map<String, Ask> asked = new LinkedHashMap<>();

    public Consultation(RuleBase rules, Questionnaire questionnaire, SessionLimits limits) throws SessionLimitException {
        this.questionnaire = questionnaire;
        this.session = new LiveSession(rules, limits);
        questionnaire.facts().forEach(session::insert);
        settle();
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /**
     * Answers a question that is asked now. Nothing changes when the answer is refused.
     *
     * @param raw the answer as typed: one value, or the values of a list (commas split them interactively)
     */
    public GivenAnswer answer(String question, String item, List<String> raw) throws AnswerException, SessionLimitException {
        QuestionDef q = questionnaire.get(question);
        if (q == null) {
            throw new AnswerException("there is no question '" + question + "'." + Names.didYouMean(question, questionnaire.ids()));
        }
        String key = Question.key(question, item);
        if (!asked.containsKey(key)) {
            throw new AnswerException("'" + key + "' is not asked given the answers so far" + askedWhen(q));
        }
        GivenAnswer a = AnswerParser.parse(q, item, raw, choices(q));
        if (q.type().equals("items")) {
            checkNamesAreNew(a);
        }
        given.remove(key); // a revision moves to the end: the order answers were last given in
        given.put(key, a);
        settle();
        return a;
    }

    /** Withdraws an answer; the question is asked again. */
    public void clear(String key) throws SessionLimitException {
        if (given.remove(key) != null) {
            settle();
        }
    }

    private String askedWhen(QuestionDef q) {
        if (q.forEach() != null) {
            return " (it is asked for each item named in '" + q.forEach() + "')";
        }
        return q.followUp() ? " (it is a follow-up that rules ask only after certain answers)" : "";
    }

    private void checkNamesAreNew(GivenAnswer a) throws AnswerException {
        for (GivenAnswer other : active()) {
            if (other.question().equals(a.question()) || !questionnaire.get(other.question()).type().equals("items")) {
                continue;
            }
            for (int i = 0; i < a.values().size(); i++) {
                if (other.values().contains(a.values().get(i))) {
                    throw new AnswerException("'" + a.names().get(i) + "' is already named in '" + other.question()
                            + "'; every item needs its own name");
                }
            }
        }
    }

    /** The choices on offer, value → label: the question's own, or the items named in other answers. */
    public Map<String, String> choices(String question) {
        return choices(questionnaire.get(question));
    }

    private Map<String, String> choices(QuestionDef q) {
        Map<String, String> out = new LinkedHashMap<>();
        q.choices().forEach(c -> out.put(c.value(), c.label()));
        for (String list : q.choicesFrom()) {
            GivenAnswer items = activeAnswer(list, "");
            if (items != null) {
                for (int i = 0; i < items.values().size(); i++) {
                    out.putIfAbsent(items.values().get(i), items.names().get(i));
                }
            }
        }
        return out;
    }

    /** Runs the rules and moves answers in or out of working memory until both agree. */
    private void settle() throws SessionLimitException {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            session.fire();
            dropVanishedPicks();
            asked.clear();
            session.all(Ask.class).stream().sorted(askOrder()).forEach(a -> asked.putIfAbsent(a.key(), a));
            boolean changed = false;
            for (GivenAnswer a : given.values()) {
                FactHandle h = inMemory.get(a.key());
                boolean wanted = asked.containsKey(a.key());
                Answer fact = new Answer(a.question(), a.item(), a.values());
                if (h != null && (!wanted || !fact.equals(session.objectOf(h)))) {
                    session.delete(h);
                    inMemory.remove(a.key());
                    changed = true;
                }
                if (wanted && !inMemory.containsKey(a.key())) {
                    inMemory.put(a.key(), session.insert(fact));
                    changed = true;
                }
            }
            for (String key : List.copyOf(inMemory.keySet())) {
                if (!given.containsKey(key)) {
                    session.delete(inMemory.remove(key));
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
        throw new SessionLimitException("the questionnaire rules did not settle after " + MAX_ROUNDS + " rounds");
    }

    /**
     * A pick among named items (the stores a service connects to) is dropped when the item is no
     * longer named, so no answer ever refers to something that is not in the model.
     */
    private void dropVanishedPicks() {
        for (GivenAnswer a : List.copyOf(given.values())) {
            QuestionDef q = questionnaire.get(a.question());
            if (q.choicesFrom().isEmpty() || a.isUnknown()) {
                continue;
            }
            Map<String, String> offered = choices(q);
            if (!offered.keySet().containsAll(a.values())) {
                List<String> kept = a.values().stream().filter(offered::containsKey).toList();
                given.put(a.key(), new GivenAnswer(a.question(), a.item(), kept, kept.stream().map(offered::get).toList()));
            }
        }
    }

    /** Questionnaire order, then the order of the items in the list answer they come from. */
    private Comparator<Ask> askOrder() {
        return Comparator.comparingInt((Ask a) -> questionnaire.order(a.question()))
                .thenComparingInt(a -> itemPosition(a))
                .thenComparing(Ask::item).thenComparing(Ask::ruleId);
    }

    private int itemPosition(Ask a) {
        QuestionDef q = questionnaire.get(a.question());
        if (a.item().isEmpty()) {
            return -1;
        }
        for (String list : q == null || q.forEach() == null ? List.<String>of() : List.of(q.forEach())) {
            GivenAnswer items = given.get(list);
            if (items != null && items.values().contains(a.item())) {
                return items.values().indexOf(a.item());
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The questions asked now (answered or not), in asking order. */
    public List<Ask> asked() {
        return List.copyOf(asked.values());
    }

    /** The answers in working memory: those whose question is asked, in the order given. */
    public List<GivenAnswer> active() {
        return given.values().stream().filter(a -> inMemory.containsKey(a.key())).toList();
    }

    /** Every answer given, also those set aside because their question is not asked any more. */
    public List<GivenAnswer> given() {
        return List.copyOf(given.values());
    }

    public GivenAnswer activeAnswer(String question, String item) {
        String key = Question.key(question, item);
        return inMemory.containsKey(key) ? given.get(key) : null;
    }

    /** The next question to ask: the first one asked and unanswered, except those to skip. */
    public Ask next(Set<String> skipped) {
        return asked.values().stream().filter(a -> !inMemory.containsKey(a.key()) && !skipped.contains(a.key()))
                .findFirst().orElse(null);
    }

    /** Required questions asked and unanswered, from the rules, in asking order, with the questions as asked. */
    public List<Unanswered> unanswered() {
        Map<String, Integer> position = new HashMap<>();
        asked.keySet().forEach(k -> position.put(k, position.size()));
        List<GivenAnswer> active = active();
        return session.all(Unanswered.class).stream()
                .sorted(Comparator.comparingInt(u -> position.getOrDefault(u.key(), Integer.MAX_VALUE)))
                .map(u -> new Unanswered(u.question(), u.item(), ModelDraft.text(questionnaire, active, u.question(), u.item())))
                .toList();
    }

    /** Answers of "unknown": gaps to close. */
    public List<GivenAnswer> unknowns() {
        return active().stream().filter(GivenAnswer::isUnknown).toList();
    }

    /** Why a question is asked: the rule and the answers that led to it. */
    public Evidence why(String key) {
        Ask a = asked.get(key); // the fact itself, so its evidence is found by identity
        return a == null ? null : session.evidenceOf(a);
    }

    /**
     * Every question fact the rules inferred, with its evidence (rule and matched facts): each
     * {@link Ask} (a question asked by two rules appears twice) and each {@link Unanswered}.
     * For rule tests and explanations; {@link #asked()} has one entry per question.
     */
    public Map<Object, Evidence> inferences() {
        Map<Object, Evidence> out = new LinkedHashMap<>();
        session.all(Ask.class).stream().sorted(askOrder()).forEach(a -> out.put(a, session.evidenceOf(a)));
        unanswered().forEach(u -> out.put(u, session.evidenceOf(u)));
        return out;
    }

    QuestionDef question(String id) {
        return questionnaire.get(id);
    }

    /** The question as the person reads it: its text with the item's name in place of {item}. */
    public String text(Ask ask) {
        return text(ask.question(), ask.item());
    }

    /** The question as asked about the item. */
    public String text(String question, String item) {
        return ModelDraft.text(questionnaire, active(), question, item);
    }

    public String help(String question) {
        String help = questionnaire.get(question).help();
        return help == null ? "" : help;
    }

    /** "yes-no", "single", "multi", "number", "text" or "items". */
    public String type(String question) {
        return questionnaire.get(question).type();
    }

    public boolean required(String question) {
        return questionnaire.get(question).required();
    }

    public boolean allowsUnknown(String question) {
        return questionnaire.get(question).allowsUnknown();
    }

    /** The name the person gave an item (its id when it is not named in any answer). */
    public String nameOf(String item) {
        return ModelDraft.nameOf(questionnaire, active(), item);
    }

    public Progress progress() {
        int answered = inMemory.size();
        int askedOpen = (int) asked.keySet().stream().filter(k -> !inMemory.containsKey(k)).count();
        Set<String> touched = new LinkedHashSet<>();
        asked.values().forEach(a -> touched.add(a.question()));
        int untouched = (int) questionnaire.ids().stream().filter(id -> !touched.contains(id)).count();
        return new Progress(answered, askedOpen, askedOpen + untouched);
    }

    /** Answered; asked now and unanswered; and at most this many more if later answers bring every follow-up. */
    public record Progress(int answered, int remainingNow, int remainingAtMost) {
    }

    /** Working-memory facts, truth-maintenance justifications and evidence entries, for leak checks. */
    public long[] sizes() {
        return session.sizes();
    }

    @Override
    public void close() {
        session.close();
    }
}
