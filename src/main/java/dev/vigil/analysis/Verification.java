package dev.vigil.analysis;

import dev.vigil.model.AccessGrant;
import dev.vigil.model.Backups;
import dev.vigil.model.Component;
import dev.vigil.model.DataFlow;
import dev.vigil.model.Dependency;
import dev.vigil.model.Doc;
import dev.vigil.model.Practices;
import dev.vigil.model.Principal;
import dev.vigil.model.TrustZone;
import dev.vigil.model.Unstated;
import dev.vigil.model.Verify;
import dev.vigil.model.io.Names;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * The questions that turn a question to verify into a finding or make it go: one per unknown it
 * rests on, in words a team can answer, with where to write the answer in the model. The wording
 * is the field's {@link Verify} text with the element's name put in.
 */
public final class Verification {

    private static final Map<String, Class<?>> TYPES = Map.of("component", Component.class, "flow", DataFlow.class,
            "grant", AccessGrant.class, "zone", TrustZone.class, "principal", Principal.class, "dependency", Dependency.class,
            "practices", Practices.class, "backups", Backups.class);

    private static final Map<String, String> SECTIONS = Map.of("component", "components", "flow", "flows", "grant", "access",
            "zone", "zones", "principal", "principals", "dependency", "dependencies", "practices", "practices",
            "backups", "practices.backups");

    private final ModelIndex index;

    public Verification(ModelIndex index) {
        this.index = index;
    }

    /** One question to answer. {@code field}: where the answer goes, e.g. {@code components[db].encrypted_at_rest}. */
    public record Question(String text, String field) {
    }

    /**
     * One question to put to the team, with the worst risk it could confirm and the questions to verify
     * (finding ids, worst first) that rest on it: the same unknown is asked once, however many findings
     * rest on it.
     */
    public record Ask(Question question, Risk risk, List<String> findings) {
    }

    /** The questions the findings rest on, each once, ranked by the worst risk they could confirm, then by text. */
    public List<Ask> asks(List<Finding> questions) {
        java.util.Map<Question, List<Finding>> by = new java.util.LinkedHashMap<>();
        questions.forEach(f -> questions(f.unknowns()).forEach(q -> by.computeIfAbsent(q, k -> new java.util.ArrayList<>()).add(f)));
        java.util.Comparator<Finding> worstFirst = RiskScorer.RANKING;
        return by.entrySet().stream().map(e -> {
            List<Finding> fs = e.getValue().stream().sorted(worstFirst).toList();
            return new Ask(e.getKey(), fs.get(0).risk(), fs.stream().map(Finding::id).toList());
        }).sorted(java.util.Comparator.comparingInt((Ask a) -> -a.risk().score()).thenComparingInt(a -> -a.risk().impact())
                .thenComparing(a -> a.question().text()).thenComparing(a -> a.question().field())).toList();
    }

    public List<Question> questions(List<Unstated> unknowns) {
        return unknowns.stream().map(this::question).distinct().toList();
    }

    /** How a control type or safeguard reads in a question. */
    private static final Map<String, String> CONTROLS = Map.ofEntries(Map.entry("waf", "behind a web application firewall (WAF)"),
            Map.entry("firewall", "behind a firewall or network policy that filters what reaches it"),
            Map.entry("edr", "covered by EDR"), Map.entry("dlp", "covered by data loss prevention (DLP)"),
            Map.entry("egress-control", "behind an egress control (DLP, a firewall or a network policy) that stops bulk copies leaving"),
            Map.entry("rate-limiting", "behind rate limiting"), Map.entry("ddos-protection", "behind DDoS protection"),
            Map.entry("siem", "watched by a SIEM or IDS"), Map.entry("bastion", "reached only through a bastion"),
            Map.entry("vpn-or-bastion", "reached only through a VPN or a bastion"), Map.entry("secrets-vault", "given its secrets by a secrets vault"),
            Map.entry("email-filtering", "behind e-mail filtering"), Map.entry("network-policy", "isolated by a network policy"));

    private static final Map<String, String> SAFEGUARDS = Map.ofEntries(Map.entry("audit-logging", "audit logging of who reads or changes its data"),
            Map.entry("audit-trail", "an audit trail of control-plane activity"), Map.entry("admin-alerting", "alerts on administrative actions"),
            Map.entry("immutable-logs", "logs that cannot be changed or deleted"), Map.entry("append-only", "write-once (append-only) logs"),
            Map.entry("dmarc-enforced", "DMARC enforced on its mail domains"), Map.entry("physical-access-controlled", "physical access control"),
            Map.entry("privileged-access-workstation", "dedicated privileged access workstations"),
            Map.entry("application-allowlisting", "application allowlisting"), Map.entry("untrusted-builds-isolated", "isolated builds of outside contributions"),
            Map.entry("imds-v2-enforced", "IMDSv2 enforced"), Map.entry("transfer-safeguards", "safeguards for transfers abroad"),
            Map.entry("payment-verification", "out-of-band verification of payment changes"),
            Map.entry("replicated", "a replica in another failure domain"), Map.entry("replicated-offsite", "a copy at another site"),
            Map.entry("sandboxed-runtime", "a sandboxed container runtime"));

    public Question question(Unstated u) {
        if (u.kind().equals("control")) {
            return new Question("Is " + index.nameOf(u.element()) + " " + CONTROLS.getOrDefault(u.field(), "covered by a " + u.field() + " control")
                    + "?", "controls (a " + u.field() + " control that protects " + u.element() + "), system.absent_controls, or "
                    + "system.controls_complete");
        }
        if (u.kind().equals("safeguard")) {
            return new Question("Does " + index.nameOf(u.element()) + " have " + SAFEGUARDS.getOrDefault(u.field(), u.field().replace('-', ' '))
                    + "?", "components[" + u.element() + "].attributes (" + u.field() + "), system.absent_controls, or "
                    + "system.controls_complete");
        }
        String snake = Names.snake(u.field());
        String where = SECTIONS.getOrDefault(u.kind(), u.kind()) + (u.element().isEmpty() ? "" : "[" + u.element() + "]") + "." + snake;
        return new Question(wording(u).replace("{name}", name(u)), where);
    }

    private static String wording(Unstated u) {
        Class<?> type = TYPES.get(u.kind());
        if (type != null) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals(u.field())) {
                    Verify v = rc.getAnnotation(Verify.class);
                    if (v != null) {
                        return v.value();
                    }
                    Doc d = rc.getAnnotation(Doc.class);
                    return "What is the " + Names.snake(u.field()).replace('_', ' ') + " of {name}?"
                            + (d == null ? "" : " (" + d.value() + ")");
                }
            }
        }
        return "What is the " + Names.snake(u.field()).replace('_', ' ') + " of {name}?";
    }

    private String name(Unstated u) {
        if (u.kind().equals("grant")) {
            String[] ends = u.element().split(Unstated.GRANT_SEPARATOR, 2);
            return index.nameOf(ends[0]) + "'s access to " + (ends.length > 1 ? index.nameOf(ends[1]) : "?");
        }
        return u.element().isEmpty() ? "the system" : index.nameOf(u.element());
    }
}
