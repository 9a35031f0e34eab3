package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Tools for rule authors: lint, test, list and compile rules.",
        subcommands = {RulesLintCommand.class, RulesTestCommand.class, RulesListCommand.class, RulesCompileCommand.class},
        footer = {"", ExitCodes.HELP})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
