package dev.vigil.cli;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.PlanItem;
import dev.vigil.analysis.Scenario;
import dev.vigil.analysis.Severity;

import java.io.PrintWriter;
import java.util.Locale;

/** The short terminal summary of one analysis: top risks, scenarios, fix plan. */
final class Summary {

    private static final int TOP = 5;
    private final PrintWriter out;

    Summary(PrintWriter out) {
        this.out = new PrintWriter(new TerminalSafe(out), true);
    }

    /**
     * Passes text to the terminal with control characters (an escape sequence in a name could
     * clear the screen or forge a line) and bidirectional overrides shown as {@code \\uXXXX}.
     */
    static final class TerminalSafe extends java.io.FilterWriter {
        TerminalSafe(java.io.Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws java.io.IOException {
            boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7F && c <= 0x9F
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            if (control) {
                out.write(String.format("\\u%04X", c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws java.io.IOException {
            for (int i = off; i < off + len; i++) {
                write(buf[i]);
            }
        }

        @Override
        public void write(String str, int off, int len) throws java.io.IOException {
            for (int i = off; i < off + len; i++) {
                write(str.charAt(i));
            }
        }
    }

    void print(Analysis a, String reports) {
        print(a, reports, a.source().file());
    }

    /** As above; {@code modelFile} is the file {@code vigil explain} can read, or null when there is none. */
    void print(Analysis a, String reports, String modelFile) {
        var system = a.source().model().system();
        var verification = new dev.vigil.analysis.Verification(a.index());
        out.printf("%s — %s%n", a.source().file(), system.name());
        if (a.whatIf().active()) {
            out.printf("  WHAT-IF: computed as if these fixes were in place: %s%n", String.join(", ", a.whatIf().mitigationIds()));
        }
        if (a.unknownAsRisky()) {
            out.println("  AUDIT MODE (--unknown-as risky): findings that rest on unknown properties are counted as threats");
        }
        out.printf("  %d findings: %s; %d attack scenarios; total risk %d → %d after %d fixes (appetite: %s)%n",
                a.findings().size(), counts(a), a.scenarios().size(), a.plan().totalRiskBefore(), a.plan().totalRiskAfter(),
                a.plan().items().size(), a.plan().appetite().label());
        if (!a.findings().isEmpty()) {
            out.println("  Top risks:");
            dev.vigil.analysis.FindingGroup.of(a.findings()).stream().limit(TOP).forEach(this::group);
        }
        if (!a.questions().isEmpty()) {
            var asks = verification.asks(a.questions());
            out.printf("  Questions to verify (%d, on which %d findings rest; not counted until answered in the model):%n", asks.size(),
                    a.questions().size());
            asks.stream().limit(TOP).forEach(this::ask);
            if (asks.size() > TOP) {
                out.printf("    … %d more in the report%n", asks.size() - TOP);
            }
        }
        if (!a.scenarios().isEmpty()) {
            out.println("  Attack scenarios:");
            a.scenarios().stream().limit(TOP).forEach(this::scenario);
        }
        if (!a.plan().items().isEmpty()) {
            out.println("  Fix plan:");
            a.plan().items().stream().limit(TOP + 3).forEach(this::fix);
            if (a.plan().items().size() > TOP + 3) {
                out.printf("    … %d more in the report%n", a.plan().items().size() - TOP - 3);
            }
        }
        if (!a.plan().stillExceeding().isEmpty()) {
            out.printf("  Still above appetite after the plan: %d finding(s)%n", a.plan().stillExceeding().size());
        }
        if (!a.notApplicable().applied().isEmpty()) {
            out.printf("  Not applicable (assumptions): %s%n", String.join(", ", a.notApplicable().excludedFindings()));
        }
        a.disabledRules().forEach(d -> out.printf("  Rule %s is switched off: %s%n", d.id(), d.reason()));
        out.printf("  Rule base %s. Reports: %s%n", a.ruleBaseVersion(), reports);
        if (modelFile != null) {
            out.printf("  Explain a finding: vigil explain <finding-id> %s%n", modelFile);
        }
        out.flush();
    }

    private String counts(Analysis a) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW}) {
            long n = a.findings().stream().filter(f -> f.risk().severity() == s).count();
            sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(s.label());
        }
        return sb.toString();
    }

    /** One row per threat: its worst finding, and the other targets it was found on. */
    private void group(dev.vigil.analysis.FindingGroup g) {
        Finding f = g.worst();
        String id = g.findings().size() == 1 ? f.id() : f.id() + " +" + (g.findings().size() - 1);
        out.printf("    %-8s %2d  %-45s %s%n", f.risk().severity().name(), f.risk().score(), id, f.title()
                + (g.findings().size() == 1 ? "" : " (also on " + String.join(", ", g.targets().subList(1, Math.min(4, g.targets().size())))
                + (g.targets().size() > 4 ? ", …" : "") + ")"));
    }

    private void ask(dev.vigil.analysis.Verification.Ask ask) {
        out.printf("    %-8s %2d  %s → %s%n", ask.risk().severity().name(), ask.risk().score(), ask.question().text(),
                ask.findings().get(0) + (ask.findings().size() > 1 ? " (+" + (ask.findings().size() - 1) + ")" : ""));
    }

    private void scenario(Scenario s) {
        out.printf("    %-8s %2d  %s (%d steps)%n", s.risk().severity().name(), s.risk().score(), s.title(), s.steps().size());
    }

    private void fix(PlanItem p) {
        out.printf(Locale.ROOT, "    %d. %s [%s, effort %s] removes %d risk points from %d finding(s)%n", p.order(), p.action(),
                p.kind(), p.effort(), p.riskReduction(), p.findings().size());
    }
}
