package dev.vigil.model;

/**
 * A mitigation the model shows is already in place for an element (or, with element {@code *}, for
 * the whole system): every grant of a group has MFA, a store is encrypted, a WAF covers the app, the
 * team patches within a month. The fix plan never recommends it there again, and a finding it
 * addresses on that element is lowered by it, with a factor that says so.
 */
public record InPlace(String mitigation, String element, String ruleId, String reason) {

    public static final String SYSTEM = "*";
}
