package dev.vigil.analysis;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;

import java.util.List;

/** A risk the owner accepts for a while: which findings, why, who, where it is tracked, until when. */
@Doc("An accepted risk.")
public record Acceptance(
        @Required @Doc("Finding id, or a pattern with * (e.g. web-xss@* or *@legacy-portal).") String finding,
        @Required @Doc("Why the risk is accepted.") String justification,
        @Required @Doc("Who accepted it.") String acceptedBy,
        @Doc("Ticket or decision record.") String ticket,
        @Required @Doc("Last day the acceptance holds, YYYY-MM-DD; after it the finding is active again.") String expires) {

    /** Acceptances as kept in acceptances.yaml. */
    @Doc("Accepted risks of a system, kept beside its model.")
    public record File(@Doc("Accepted risks.") List<Acceptance> acceptances) {
    }

    public boolean matches(String findingId) {
        return java.util.regex.Pattern.matches(java.util.Arrays.stream(finding.split("\\*", -1))
                .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + ".*" + b).orElse(""), findingId);
    }
}
