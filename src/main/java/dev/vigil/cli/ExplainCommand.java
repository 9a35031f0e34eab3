package dev.vigil.cli;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Explanation;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimitException;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Says why a finding was raised: the rule, the facts it matched and where derived facts came from, and how its likelihood and impact were set.",
        footer = {"", "Finding ids are <rule id>@<target id>, as in the reports and the analyze summary.", "", ExitCodes.HELP})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FINDING", description = "Finding id, e.g. web-query-injection@checkout-api.")
    String findingId;

    @Parameters(index = "1", paramLabel = "MODEL", description = "The model file the finding came from.")
    Path model;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = engine.open(err);
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        Analysis analysis;
        try {
            analysis = ws.analyzer().analyze(ws.loader().load(model), Severity.MEDIUM);
        } catch (InvalidInputException e) {
            err.println("vigil: " + model + " is not a valid model:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.INVALID_INPUT;
        } catch (SessionLimitException e) {
            err.println("vigil: " + model + ": " + e.getMessage());
            return ExitCodes.LIMIT_REACHED;
        }
        Finding finding = analysis.finding(findingId).orElse(null);
        var assumed = analysis.notApplicable().applied().stream().filter(x -> x.findings().contains(findingId)).findFirst();
        if (finding == null && assumed.isPresent()) {
            err.println("vigil: '" + findingId + "' is not a finding: the model assumes rule '" + assumed.get().assumption().rule()
                    + "' does not apply there (" + assumed.get().assumption().reason() + ")");
            return ExitCodes.INVALID_INPUT;
        }
        if (finding == null) {
            err.println("vigil: no finding '" + findingId + "' in " + model + "."
                    + Names.didYouMean(findingId, analysis.findings().stream().map(Finding::id).toList())
                    + " Findings: " + analysis.findings().size() + " (listed in the report).");
            return ExitCodes.INVALID_INPUT;
        }
        new Explanation(analysis, ws.rules(), ws.kb()).write(finding, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
