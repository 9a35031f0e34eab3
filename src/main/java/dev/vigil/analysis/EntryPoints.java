package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.model.Derived;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The entry points, with the likelihood and ATT&CK technique their entry-point rules give. */
final class EntryPoints {
    private final Map<String, Integer> likelihood = new TreeMap<>();
    private final Map<String, String> technique = new TreeMap<>();

    EntryPoints(RuleBase rules, List<Derived> derived) {
        derived.stream().filter(d -> d.kind().equals("entry-point")).sorted(Comparator.comparing(Derived::ruleId))
                .forEach(d -> {
                    String l = rules.rule(d.ruleId()).meta("likelihood");
                    likelihood.merge(d.subject(), l == null ? 3 : Integer.parseInt(l), Math::max);
                    technique.putIfAbsent(d.subject(), rules.rule(d.ruleId()).meta("technique"));
                });
    }

    List<String> all() {
        return List.copyOf(likelihood.keySet());
    }

    int likelihood(String entry) {
        return likelihood.getOrDefault(entry, 3);
    }

    String technique(String entry) {
        return technique.get(entry);
    }
}
