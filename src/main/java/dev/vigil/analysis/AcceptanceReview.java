package dev.vigil.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How acceptances apply to findings on a given day: which findings are accepted (first matching
 * acceptance in file order), which acceptances have expired (their findings are active again),
 * and which match no finding at all.
 */
public record AcceptanceReview(LocalDate today, Map<String, Acceptance> accepted, List<Expired> expired,
                               List<Acceptance> unmatched) {

    public static final AcceptanceReview NONE = new AcceptanceReview(null, Map.of(), List.of(), List.of());

    public record Expired(Acceptance acceptance, List<String> findings) {
    }

    public static AcceptanceReview of(List<Acceptance> acceptances, List<Finding> findings, LocalDate today) {
        Map<String, Acceptance> accepted = new LinkedHashMap<>();
        List<Expired> expired = new ArrayList<>();
        List<Acceptance> unmatched = new ArrayList<>();
        for (Acceptance a : acceptances) {
            List<String> matching = findings.stream().map(Finding::id).filter(a::matches).toList();
            if (matching.isEmpty()) {
                unmatched.add(a);
            } else if (LocalDate.parse(a.expires()).isBefore(today)) {
                expired.add(new Expired(a, matching));
            } else {
                matching.forEach(id -> accepted.putIfAbsent(id, a));
            }
        }
        return new AcceptanceReview(today, Map.copyOf(accepted), List.copyOf(expired), List.copyOf(unmatched));
    }

    public boolean isAccepted(String findingId) {
        return accepted.containsKey(findingId);
    }
}
