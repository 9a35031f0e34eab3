package dev.vigil.cli;

import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleBaseCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Checks the rules and compiles them to Drools' executable model in the rule cache, so that the next "
                + "analyze, batch or assess starts in about a second instead of compiling DRL.",
                "Use it when building a CI image (bake the cache in) or with --rule-cache to ship a prebuilt cache; "
                        + "the Maven build does it for the bundled rules. An entry is reused only while the rules, the catalogs, "
                        + "Vigil itself and the Drools and Java versions are unchanged."},
        footer = {"", "Exit codes: 0 compiled (or already in the cache), 2 the rules have problems (each printed as file:line: message)."})
final class RulesCompileCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Option(names = "--replace", description = "Remove the cache's other entries, leaving only this rule base (to ship a prebuilt cache).")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RuleBaseCache cache = engine.cache(err);
        if (cache == null) {
            err.println("vigil: rules compile writes to the rule cache; drop --no-rule-cache");
            return ExitCodes.INVALID_INPUT;
        }
        Workspace ws = engine.open(err, cache);
        if (ws == null) {
            return ExitCodes.INVALID_INPUT;
        }
        if (replace) {
            cache.keepOnly(ws.rules());
        }
        spec.commandLine().getOut().printf("%d rules, rule base %s: %s %s%n", ws.rules().rules().size(), ws.rules().version(),
                cache.hits() > 0 ? "already compiled in" : "compiled into", cache.dir());
        return ExitCodes.OK;
    }
}
