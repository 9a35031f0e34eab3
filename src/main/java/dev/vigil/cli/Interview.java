package dev.vigil.cli;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.batch.AtomicFiles;
import dev.vigil.engine.Evidence;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.Answer;
import dev.vigil.model.Ask;
import dev.vigil.questionnaire.AnswerException;
import dev.vigil.questionnaire.AnswersFile;
import dev.vigil.questionnaire.Consultation;
import dev.vigil.questionnaire.GivenAnswer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terminal consultation: one question at a time with its help and choices, and the commands
 * back, skip, why, threats, save, help and quit. Returns when every question is answered or
 * skipped, on quit, or at the end of the input.
 */
final class Interview {

    static final String COMMANDS = "commands: back (change the previous answer), skip, why (why this is asked), "
            + "threats (what is found so far), save, help, quit";

    interface Threats {
        Analysis now() throws Exception;
    }

    private final Consultation c;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Path saveFile;
    private final Threats threats;
    private final Set<String> skipped = new HashSet<>();
    private final Deque<Ask> history = new ArrayDeque<>();
    private Ask revisit;
    private String section;

    Interview(Consultation c, BufferedReader in, PrintWriter out, Path saveFile, Threats threats) {
        this.c = c;
        this.in = in;
        this.out = out;
        this.saveFile = saveFile;
        this.threats = threats;
    }

    void run() throws IOException, SessionLimitException {
        out.println("Vigil assessment: plain questions, one at a time; the threat model takes shape as you answer.");
        out.println(COMMANDS + ".");
        while (true) {
            Ask ask = revisit != null ? revisit : c.next(skipped);
            if (ask == null) {
                out.println();
                out.println("Every question is answered" + (skipped.isEmpty() ? "." : " or skipped (" + skipped.size() + " skipped)."));
                return;
            }
            show(ask);
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("quit")) {
                out.println();
                return;
            }
            handle(ask, Text.clean(line).strip());
        }
    }

    private void handle(Ask ask, String line) throws IOException, SessionLimitException {
        switch (line) {
            case "help" -> out.println(COMMANDS + ". Answer unknown when you do not know: it counts as a gap to close.");
            case "back" -> back(ask);
            case "skip" -> {
                skipped.add(ask.key());
                revisit = null;
                if (c.required(ask.question())) {
                    out.println("  Skipped; it is required, so the assessment stays incomplete until it is answered.");
                }
            }
            case "why" -> why(ask);
            case "threats" -> threats();
            case "save" -> save();
            default -> answer(ask, line);
        }
    }

    private void show(Ask ask) {
        String title = c.questionnaire().sectionTitle(ask.question());
        if (!title.equals(section)) {
            section = title;
            out.println();
            out.println("== " + title + " ==");
        }
        Consultation.Progress p = c.progress();
        out.println();
        out.println("[" + p.answered() + " answered, " + p.remainingNow() + " to go now, at most " + p.remainingAtMost() + " in all]");
        out.println(Text.clean(c.text(ask)) + (c.required(ask.question()) ? " (required)" : ""));
        if (!c.help(ask.question()).isEmpty()) {
            out.println("  " + c.help(ask.question()));
        }
        GivenAnswer current = c.activeAnswer(ask.question(), ask.item());
        if (current != null) {
            out.println("  Current answer: " + Text.clean(current.shown()));
        }
        out.println("  " + hint(ask));
    }

    private String hint(Ask ask) {
        String unknown = c.allowsUnknown(ask.question()) ? ", or unknown" : "";
        return switch (c.type(ask.question())) {
            case "yes-no" -> "Answer yes or no" + unknown + ".";
            case "number" -> "Answer a whole number" + unknown + ".";
            case "text" -> "Answer in a few words.";
            case "items" -> "Name them, separated by commas, or answer none.";
            default -> choices(ask) + (c.type(ask.question()).equals("multi")
                    ? "Pick one or more by number or value, separated by commas, none" + unknown + "."
                    : "Pick one by number or value" + unknown + ".");
        };
    }

    private String choices(Ask ask) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (Map.Entry<String, String> e : c.choices(ask.question()).entrySet()) {
            sb.append(String.format("  %2d) %s%n  ", n++, Text.clean(e.getValue())));
        }
        return sb.toString().stripLeading();
    }

    private void answer(Ask ask, String line) throws SessionLimitException {
        String type = c.type(ask.question());
        List<String> values = type.equals("multi") || type.equals("items") ? Arrays.asList(line.split(",")) : List.of(line);
        try {
            c.answer(ask.question(), ask.item(), values);
            history.push(ask);
            revisit = null;
        } catch (AnswerException e) {
            out.println("  ! " + e.getMessage());
        }
    }

    private void back(Ask ask) {
        if (history.isEmpty()) {
            out.println("  Nothing to go back to.");
            return;
        }
        revisit = history.pop();
        skipped.remove(revisit.key());
    }

    private void why(Ask ask) {
        Evidence ev = c.why(ask.key());
        if (ev == null) {
            out.println("  It is one of the questions every assessment asks.");
            return;
        }
        List<String> because = ev.matched().stream().filter(Answer.class::isInstance).map(Answer.class::cast)
                .map(a -> a.question() + (a.item().isEmpty() ? "" : " [" + c.nameOf(a.item()) + "]") + " = " + String.join(", ", a.values()))
                .toList();
        out.println("  Asked by rule " + ev.ruleId() + (because.isEmpty() ? ": every assessment asks it."
                : ", because of your answer" + (because.size() == 1 ? "" : "s") + ": " + Text.clean(String.join("; ", because))));
    }

    private void threats() {
        try {
            Analysis a = threats.now();
            List<Finding> top = a.findings().stream().limit(10).toList();
            out.println("  " + a.findings().size() + " findings so far" + (top.isEmpty() ? "." : "; the worst:"));
            for (Finding f : top) {
                out.println("    " + f.risk().severity().label() + "  " + Text.clean(f.title()) + " — " + Text.clean(f.target()));
            }
        } catch (Exception e) {
            out.println("  ! cannot analyse the answers so far: " + e.getMessage());
        }
    }

    private void save() {
        try {
            AtomicFiles.write(saveFile, AnswersFile.write(c));
            out.println("  Saved to " + saveFile + "; resume with: vigil assess --resume " + saveFile);
        } catch (IOException e) {
            out.println("  ! cannot save to " + saveFile + ": " + e.getMessage());
        }
    }
}
