package dev.vigil.cli;

import dev.vigil.server.ServerOptions;
import dev.vigil.server.VigilServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Starts the HTTP server. Only this command creates a Spring context (its classes are touched
 * only inside {@link #call()}), so the other commands start as fast as before.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the Vigil server: REST API for analyses and acceptances (docs/server.md). Stops on Ctrl-C / SIGTERM.",
        footer = {"", ExitCodes.HELP})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080, or server.port).")
    Integer port;

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL: jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB (default: SPRING_DATASOURCE_URL, else an H2 file in ~/.vigil/server).")
    String db;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rule folder; repeat for packs (default: the bundled rules).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge-base folder (default: the bundled one).")
    Path knowledge;

    @Option(names = "--rule-cache", paramLabel = "DIR", description = "Folder of compiled rule bases (default: as for analyze).")
    Path ruleCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65535)) {
            spec.commandLine().getErr().println("vigil: --port must be between 0 and 65535, not " + port);
            return ExitCodes.INVALID_INPUT;
        }
        ServerOptions options = new ServerOptions(port, db, rules.isEmpty() ? List.of(Bundled.rules()) : rules,
                knowledge == null ? Bundled.knowledge() : knowledge, ruleCache != null ? ruleCache : dev.vigil.engine.RuleBaseCache.defaultDir());
        try {
            VigilServer.serve(options);
        } catch (RuntimeException e) {
            // the port is taken, the database cannot be reached…: Spring's log has the details,
            // the command says what failed in one line
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            spec.commandLine().getErr().println("vigil: the server did not start: " + root.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.OK;
    }
}
