package dev.vigil.cli;

import dev.vigil.analysis.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Parses, checks and compiles rule folders: required metadata and its values, unique ids, catalog references, and banned constructs (imports outside the fact model, globals, declared types, salience and agenda groups, process/file/network/thread/reflection calls, writes other than insertLogical).",
        footer = {"", "Exit codes: 0 no problems, 2 problems found (each printed as file:line: message)."})
final class RulesLintCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Rule folders (default: --rules, else the bundled rules).")
    List<Path> dirs = new ArrayList<>();

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        engine.rules.addAll(dirs);
        Workspace ws = engine.open(spec.commandLine().getErr(), null);
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        spec.commandLine().getOut().printf("%d rules, no problems (rule base %s)%n", ws.rules().rules().size(), ws.rules().version());
        return ExitCodes.OK;
    }
}
