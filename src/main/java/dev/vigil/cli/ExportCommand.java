package dev.vigil.cli;

import dev.vigil.batch.AtomicFiles;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.importers.Importer;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a Vigil model in another tool's format: otm (Open Threat Model 0.2.0 JSON: trust zones, components, "
                + "assets and dataflows, the analysis's threats and their mitigations, and what OTM has no field for as attributes, "
                + "so vigil import --from otm reads it back to the same model). Prints to standard output unless --out is given. "
                + "Mapping: docs/importers.md.",
        footer = {"", ExitCodes.HELP})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Format to write: otm.")
    String to;

    @Parameters(paramLabel = "MODEL", description = "The Vigil model (YAML or JSON).")
    Path model;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Option(names = "--no-threats", description = "Write the model only, without analysing it for threats.")
    boolean noThreats;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!to.equals("otm")) {
            err.println("vigil: unknown --to '" + to + "'; allowed: otm");
            return ExitCodes.INVALID_INPUT;
        }
        Workspace ws = engine.open(err);
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        String otm;
        try {
            LoadedModel loaded = ws.loader().load(model);
            Map<String, Object> written = new Importer(ws.loader(), engine.model.limits()).written(model.toString(), Files.readAllBytes(model));
            List<OtmExporter.Threat> threats = noThreats ? List.of()
                    : threats(ws.analyzer().analyze(loaded, Severity.MEDIUM), loaded.model(), ws.kb());
            otm = OtmExporter.export(written, loaded.model(), threats, ws.kb());
        } catch (InvalidInputException e) {
            Problems.print(err, model + " is not a valid model", "nothing written", e);
            return ExitCodes.INVALID_INPUT;
        } catch (SessionLimitException e) {
            err.println("vigil: " + model + ": " + e.getMessage());
            return ExitCodes.LIMIT_REACHED;
        } catch (IOException e) {
            err.println("vigil: cannot read " + model + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
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

    /** The findings as OTM threats, each on its component or flow (none for a principal, a zone or the system). */
    private static List<OtmExporter.Threat> threats(Analysis analysis, dev.vigil.model.SystemModel m, dev.vigil.knowledge.KnowledgeBase kb) {
        java.util.Set<String> elements = new java.util.HashSet<>();
        m.components().forEach(c -> elements.add(c.id()));
        m.flows().forEach(f -> elements.add(f.id()));
        return analysis.findings().stream().map(f -> new OtmExporter.Threat(f.id(), f.title(), f.stride(),
                        kb.threats().get(f.threatId()).description(), elements.contains(f.target()) ? f.target() : null,
                        f.risk().likelihood(), f.risk().impact(), f.mitigations(), f.applied()))
                .toList();
    }
}
