package dev.vigil.analysis;

import java.util.List;

/**
 * A what-if analysis: mitigations taken as already in place (vigil analyze --assume). Each lowers
 * every finding it addresses as the fix plan's residual does; the plan starts from there and never
 * recommends them again.
 */
public record WhatIf(List<Assumed> assumed) {

    public static final WhatIf NONE = new WhatIf(List.of());

    /** An assumed mitigation, the findings it lowered (sorted ids) and the risk points that removed. */
    public record Assumed(String mitigationId, String title, List<String> findings, int riskReduction) {
    }

    public boolean active() {
        return !assumed.isEmpty();
    }

    public List<String> mitigationIds() {
        return assumed.stream().map(Assumed::mitigationId).toList();
    }
}
