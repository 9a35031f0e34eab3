package dev.vigil.cli;

import picocli.CommandLine.Command;

@Command(name = "vigil",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Threat modeling as code: infers threats, attack scenarios, risks and a fix plan from a system model.",
        subcommands = {AnalyzeCommand.class, AssessCommand.class, ExplainCommand.class, BatchCommand.class, DiffCommand.class, GenerateCommand.class,
                ImportCommand.class, ExportCommand.class, RulesCommand.class, ServeCommand.class, ServerCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", ExitCodes.HELP, "", "Documentation: docs/ in the repository (model format, rules, reports)."})
final class VigilCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
