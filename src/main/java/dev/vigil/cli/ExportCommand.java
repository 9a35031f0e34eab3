package dev.vigil.cli;

import dev.vigil.batch.AtomicFiles;
import dev.vigil.importers.OtmExporter;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.LoadedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a Vigil model in another tool's format: otm (Open Threat Model 0.2.0 JSON: trust zones, components, "
                + "assets and dataflows). Prints to standard output unless --out is given. Mapping: docs/importers.md.",
        footer = {"", ExitCodes.HELP})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Format to write: otm.")
    String to;

    @Parameters(paramLabel = "MODEL", description = "The Vigil model (YAML or JSON).")
    Path model;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Mixin
    ModelOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!to.equals("otm")) {
            err.println("vigil: unknown --to '" + to + "'; allowed: otm");
            return ExitCodes.INVALID_INPUT;
        }
        LoadedModel loaded;
        try {
            loaded = options.loader().load(model);
        } catch (InvalidInputException e) {
            Problems.print(err, model + " is not a valid model", "nothing written", e);
            return ExitCodes.INVALID_INPUT;
        }
        String otm = OtmExporter.export(loaded.model());
        if (out == null) {
            spec.commandLine().getOut().print(otm);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.write(out, otm);
        } catch (IOException e) {
            err.println("vigil: cannot write " + out + ": " + e.getMessage() + " (check --out)");
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.OK;
    }
}
