package dev.vigil.analysis;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;

import java.util.List;

@Doc("Vigil settings for a team (vigil.yaml): which bundled rules are switched off, and why.")
public record Settings(@Doc("Rules that must not fire, each with the reason the report shows.") List<DisabledRule> disabledRules) {

    public static final Settings NONE = new Settings(List.of());

    @Doc("A rule switched off.")
    public record DisabledRule(@Required @Doc("The rule id.") String id,
                               @Required @Doc("Why it is off; shown in every report.") String reason) {
    }
}
