package dev.vigil.cli;

import dev.vigil.batch.AtomicFiles;
import dev.vigil.batch.ModelGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a valid, random but plausible model (for benchmarks and demos), or a whole portfolio of them with --portfolio. The same options and seed always give the same models.",
        footer = {"", ExitCodes.HELP})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--components", defaultValue = "100", description = "Components per model (default: ${DEFAULT-VALUE}).")
    int components;

    @Option(names = "--flows", defaultValue = "300", description = "Data flows per model (default: ${DEFAULT-VALUE}).")
    int flows;

    @Option(names = "--principals", defaultValue = "8", description = "Principals per model (default: ${DEFAULT-VALUE}).")
    int principals;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--portfolio", paramLabel = "N", description = "Write N models into --out instead of one model.")
    Integer portfolio;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Model file (default: standard output), or the folder for --portfolio.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (components < 2 || flows < 0 || principals < 1 || (portfolio != null && (portfolio < 1 || out == null))) {
            spec.commandLine().getErr().println("vigil: need --components ≥ 2, --flows ≥ 0, --principals ≥ 1, and --out with --portfolio N ≥ 1");
            return ExitCodes.INVALID_INPUT;
        }
        if (portfolio == null) {
            String model = new ModelGenerator(components, flows, principals, seed).generate("generated-" + seed);
            if (out == null) {
                spec.commandLine().getOut().print(model);
                spec.commandLine().getOut().flush();
            } else {
                AtomicFiles.write(out, model);
            }
            return ExitCodes.OK;
        }
        for (int i = 0; i < portfolio; i++) {
            String name = String.format("system-%05d", i);
            AtomicFiles.write(out.resolve(name + ".yaml"), new ModelGenerator(components, flows, principals, seed + i).generate(name));
        }
        spec.commandLine().getOut().printf("%d models written to %s%n", portfolio, out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
