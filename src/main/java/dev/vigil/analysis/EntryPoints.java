package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.model.Derived;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/** The entry points, with the likelihood and ATT&CK technique their entry-point rules give. */
final class EntryPoints {
    private final Map<String, Integer> likelihood = new HashMap<>(); // looked up per path: a hash, not a tree
    private final Map<String, String> technique = new HashMap<>();
    private final List<String> all;

    EntryPoints(RuleBase rules, List<Derived> derived) {
        derived.stream().filter(d -> d.kind().equals("entry-point")).sorted(Comparator.comparing(Derived::ruleId))
                .forEach(d -> {
                    String l = rules.rule(d.ruleId()).meta("likelihood");
                    likelihood.merge(d.subject(), l == null ? 3 : Integer.parseInt(l), Math::max);
                    technique.putIfAbsent(d.subject(), rules.rule(d.ruleId()).meta("technique"));
                });
        all = likelihood.keySet().stream().sorted().toList();
    }

    /** In id order. */
    List<String> all() {
        return all;
    }

    int likelihood(String entry) {
        return likelihood.getOrDefault(entry, 3);
    }

    String technique(String entry) {
        return technique.get(entry);
    }
}
