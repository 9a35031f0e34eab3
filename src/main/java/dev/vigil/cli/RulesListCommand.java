package dev.vigil.cli;

import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleInfo;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.report.RuleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists every rule: id, title, family, STRIDE, source, catalog threat (or what it derives) and file:line.",
        footer = {"", ExitCodes.HELP})
final class RulesListCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace ws = engine.open(spec.commandLine().getErr());
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        List<RuleInfo> rules = ws.rules().rules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ArrayNode array = mapper.createArrayNode();
            rules.forEach(r -> array.add(RuleJson.of(r, ws.kb().threat(r.threat()))));
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            out.printf("%-40s %-16s %-24s %-8s %-40s %s%n", "ID", "FAMILY", "STRIDE", "SOURCE", "THREAT / DERIVES", "LOCATION");
            for (RuleInfo r : rules) {
                ThreatDef t = ws.kb().threat(r.threat());
                out.printf("%-40s %-16s %-24s %-8s %-40s %s%n", r.id(), r.family(), t == null ? "-" : t.stride(),
                        t == null ? "-" : t.source(), t == null ? "derives " + r.meta("derives") : t.id(), r.location());
            }
            out.printf("%d rules%n", rules.size());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
