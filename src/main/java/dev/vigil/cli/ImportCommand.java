package dev.vigil.cli;

import dev.vigil.batch.AtomicFiles;
import dev.vigil.importers.Format;
import dev.vigil.importers.Imported;
import dev.vigil.importers.Importer;
import dev.vigil.model.io.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a threat model or SBOM of another tool into a Vigil model: threagile (YAML), threat-dragon (v2 JSON), "
                + "otm (Open Threat Model, JSON or YAML) as a new model; cyclonedx (SBOM JSON 1.4-1.6) merged --into an existing model.",
                "What could not be mapped is printed as warnings and kept as comments at the top of the model. The model is checked "
                        + "before it is written; --out is left alone when anything fails. Mapping: docs/importers.md."},
        footer = {"", ExitCodes.HELP})
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FORMAT",
            description = "Format of FILE: threagile, threat-dragon, otm, tm-bom (OWASP Threat Model Library) or cyclonedx.")
    String from;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--into", paramLabel = "MODEL", description = "Vigil model to merge into (required for cyclonedx).")
    Path into;

    @Option(names = "--component", paramLabel = "ID",
            description = "cyclonedx: id of the component that uses the packages (default: the model's only component).")
    String component;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the Vigil model (YAML).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors, not the warnings about what was not mapped.")
    boolean quiet;

    @Mixin
    ModelOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Format format = Format.byId(from).orElse(null);
        if (format == null) {
            err.println("vigil: unknown --from '" + from + "'; allowed: " + Format.allowed());
            return ExitCodes.INVALID_INPUT;
        }
        if (format == Format.CYCLONEDX && into == null) {
            err.println("vigil: --from cyclonedx merges an SBOM into a model: give --into MODEL");
            return ExitCodes.INVALID_INPUT;
        }
        if (format != Format.CYCLONEDX && (into != null || component != null)) {
            err.println("vigil: --into and --component are for --from cyclonedx; " + format.id() + " makes a new model");
            return ExitCodes.INVALID_INPUT;
        }
        Imported imported;
        try {
            Importer importer = new Importer(options.loader(), options.limits());
            imported = format == Format.CYCLONEDX
                    ? importer.mergeSbom(file.toString(), read(file), into.toString(), read(into), component)
                    : importer.read(format, file.toString(), read(file));
        } catch (InvalidInputException e) {
            boolean built = e.problems().get(0).file().startsWith(Importer.IMPORTED);
            Problems.print(err, built ? "the model imported from " + file + " would not be valid" : "cannot import " + file,
                    out + " not written", e);
            return ExitCodes.INVALID_INPUT;
        }
        if (!quiet) {
            imported.warnings().forEach(w -> err.println("vigil: warning: " + file + ": " + Text.clean(w)));
        }
        try {
            AtomicFiles.write(out, imported.yaml());
        } catch (IOException e) {
            err.println("vigil: cannot write " + out + ": " + e.getMessage() + " (check --out)");
            return ExitCodes.INVALID_INPUT;
        }
        if (!quiet) {
            var m = imported.model().model();
            err.println("vigil: wrote " + out + ": " + m.components().size() + " components, " + m.flows().size() + " flows, "
                    + m.zones().size() + " zones, " + m.data().size() + " data assets, " + m.dependencies().size() + " dependencies, "
                    + m.notes().size() + " notes; " + imported.warnings().size() + " warning(s)");
        }
        return ExitCodes.OK;
    }

    /** The file's bytes; a file that cannot be read is invalid input, reported like a problem in it. */
    private byte[] read(Path path) throws InvalidInputException {
        try {
            if (Files.isRegularFile(path) && Files.size(path) > options.maxBytes) {
                throw new InvalidInputException(List.of(new dev.vigil.model.io.Problem(path.toString(), 0, 0, "", "file is "
                        + Files.size(path) + " bytes, over the limit of " + options.maxBytes + " bytes (raise it with --max-bytes)")));
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new dev.vigil.model.io.Problem(path.toString(), 0, 0, "",
                    "cannot read file: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()))));
        }
    }
}
