package dev.vigil.batch;

import java.util.List;
import java.util.Map;

/**
 * What the portfolio summary keeps of one model: small, so a batch of thousands stays bounded in
 * memory. {@code status} is ok, invalid or limit; {@code error} says why for the last two;
 * {@code questions} counts the questions to verify (findings that rest on unknowns, not counted).
 */
public record ModelOutcome(String input, String status, String error, String systemId, String systemName,
                           int worstScore, String worstSeverity, Map<String, Integer> bySeverity, List<String> threats,
                           Map<String, Integer> fixes, boolean reused, int questions) {

    public boolean ok() {
        return status.equals("ok");
    }

    static ModelOutcome failed(String input, String status, String error) {
        return new ModelOutcome(input, status, error, null, null, 0, null, Map.of(), List.of(), Map.of(), false, 0);
    }
}
