package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.model.io.Binder;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.Names;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;
import dev.vigil.model.io.TreeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a settings file strictly and checks that every disabled rule exists in the rule base. */
public final class SettingsLoader {

    private SettingsLoader() {
    }

    public static Settings load(Path file, RuleBase rules) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        String name = file.toString();
        Node root;
        try {
            root = new TreeReader(Limits.DEFAULT).read(name, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(name, 0, 0, "", "cannot read settings: " + e.getMessage())));
        }
        if (root == null) {
            throw new InvalidInputException(problems);
        }
        Binder binder = new Binder(name, Map.of(), problems);
        Settings settings = binder.bind(root, Settings.class);
        List<String> ids = rules.rules().stream().map(r -> r.id()).toList();
        for (int i = 0; settings != null && i < settings.disabledRules().size(); i++) {
            String id = settings.disabledRules().get(i).id();
            if (id != null && rules.rule(id) == null) {
                Node at = binder.nodesByPath().get("disabled_rules[" + i + "].id");
                problems.add(new Problem(name, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                        "disabled_rules[" + i + "].id", "no rule with id '" + id + "'." + Names.didYouMean(id, ids)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return settings;
    }
}
