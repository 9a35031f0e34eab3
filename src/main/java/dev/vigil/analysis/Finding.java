package dev.vigil.analysis;

import dev.vigil.engine.Evidence;
import dev.vigil.model.Unstated;

import java.util.List;

/**
 * A threat that applies to one model element. Its id, {@code <rule id>@<target id>}, is stable
 * across runs and keys explanations, acceptances and diffs. {@code unknowns}: the properties the
 * model leaves unknown that it rests on; {@code confirmed} is false for a question to verify (it
 * holds only if they turn out the risky way), true for a threat (stated facts, or unknowns counted
 * as risky in the audit mode). {@code applied}: the mitigations already counted in its risk (in place
 * on its element, or assumed by a what-if), which the plan does not recommend again; {@code notes}:
 * why a control in place elsewhere does not cover this element.
 */
public record Finding(String id, String ruleId, String threatId, String title, String stride, String source,
                      String target, String targetKind, Risk risk, List<Factor> factors,
                      List<String> mitigations, Risk residual, Evidence evidence, List<Unstated> unknowns, boolean confirmed,
                      List<String> applied, List<String> notes) {

    /** The same finding with its risk (and residual) moved, the factors that moved it and the mitigations now counted in it. */
    Finding withRisk(Risk newRisk, List<Factor> newFactors, List<String> newApplied) {
        return new Finding(id, ruleId, threatId, title, stride, source, target, targetKind, newRisk, newFactors, mitigations, newRisk,
                evidence, unknowns, confirmed, newApplied, notes);
    }

    /** The same finding with its residual risk after the fix plan. */
    Finding withResidual(Risk newResidual) {
        return new Finding(id, ruleId, threatId, title, stride, source, target, targetKind, risk, factors, mitigations, newResidual,
                evidence, unknowns, confirmed, applied, notes);
    }

    /** The same finding with notes on the controls that do not cover it. */
    Finding withNotes(List<String> newNotes) {
        return new Finding(id, ruleId, threatId, title, stride, source, target, targetKind, risk, factors, mitigations, residual,
                evidence, unknowns, confirmed, applied, newNotes);
    }
}
