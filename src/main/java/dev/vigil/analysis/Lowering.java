package dev.vigil.analysis;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;

import java.util.List;

/**
 * How a mitigation lowers a finding's risk: by the steps its catalog entry gives for the factor it
 * addresses (likelihood: it makes the attack less likely to succeed; impact: it limits the damage).
 * A mitigation the threat names among its {@code fixes} removes the weakness itself (MFA where there
 * was none, TLS on the cleartext flow): the likelihood drops to 1, whatever else was done.
 * Mitigations do not add up without end: on a factor that another mitigation already lowered for
 * this finding, each further one lowers it by one step at most, so five half-relevant fixes cannot
 * take a likely, damaging attack down to nothing. The same arithmetic serves what is in place, a
 * what-if and the fix plan's residual risk.
 */
final class Lowering {

    private Lowering() {
    }

    /** The risk after {@code m} on a finding of the threat, given the mitigations {@code before} already counted for it. */
    static Risk apply(KnowledgeBase kb, String threatId, Risk risk, MitigationDef m, List<String> before) {
        var threat = kb.threat(threatId);
        if (threat != null && threat.fixes().contains(m.id())) {
            return risk.lower(risk.likelihood() - 1, 0);
        }
        boolean likelihoodLowered = before.stream().map(kb::mitigation).anyMatch(x -> x != null && x.lowersLikelihood() > 0);
        boolean impactLowered = before.stream().map(kb::mitigation).anyMatch(x -> x != null && x.lowersImpact() > 0);
        int byLikelihood = likelihoodLowered ? Math.min(1, m.lowersLikelihood()) : m.lowersLikelihood();
        int byImpact = impactLowered ? Math.min(1, m.lowersImpact()) : m.lowersImpact();
        return risk.lower(byLikelihood, byImpact);
    }
}
