package dev.vigil.model;

import java.util.List;

/**
 * A threat raised by a rule against a model element; its id is stable: rule id @ target id.
 * {@code unknowns} are the properties the model leaves unknown that the threat rests on (empty: it
 * rests on stated facts alone). {@code confirmed} is false for a question to verify: a threat that
 * holds only if those unknowns turn out the risky way; rules that build attack paths or suppress
 * each other read confirmed threats only. In the audit mode ({@code --unknown-as risky}) every
 * threat is confirmed and still names what it rests on.
 */
public record Threat(String ruleId, String threatId, String target, List<Unstated> unknowns, boolean confirmed) {

    /** A threat resting on stated facts alone. */
    public Threat(String ruleId, String threatId, String target) {
        this(ruleId, threatId, target, List.of(), true);
    }

    public String id() {
        return ruleId + "@" + target;
    }
}
