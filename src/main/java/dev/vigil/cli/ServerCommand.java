package dev.vigil.cli;

import dev.vigil.server.Role;
import dev.vigil.server.ServerAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Administration of the Vigil server's database (works while the server runs).",
        subcommands = {ServerCommand.Token.class},
        footer = {"", ExitCodes.HELP})
final class ServerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens.")
    static final class Token implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }

        @Command(name = "create", mixinStandardHelpOptions = true,
                description = "Creates an API token for a team (and the team on first use) and prints it once; only its hash is stored.",
                footer = {"", "Roles: viewer reads; assessor also posts analyses; acceptor also accepts and revokes risks;",
                        "admin reads and analyses (it does not accept risks).", "", ExitCodes.HELP})
        int create(@Option(names = "--team", required = true, paramLabel = "TEAM", description = "Team: lower-case letters, digits, '-'.") String team,
                   @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, assessor, acceptor or admin.") String role,
                   @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who or what uses the token (shown in the audit log).") String name,
                   @Option(names = "--db", paramLabel = "URL", description = "JDBC URL (default: SPRING_DATASOURCE_URL, else the server's H2 file).") String db) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                String url = db != null ? db : System.getenv().getOrDefault("SPRING_DATASOURCE_URL", ServerAdmin.DEFAULT_DATABASE);
                String token = ServerAdmin.open(url, System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"))
                        .createToken(team, Role.parse(role), name);
                out.println(token);
                out.flush();
                err.println("vigil: token for team " + team + " (" + role.toLowerCase(java.util.Locale.ROOT)
                        + ") created; it is shown only this once");
                return ExitCodes.OK;
            } catch (IllegalArgumentException e) {
                err.println("vigil: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            } catch (RuntimeException e) {
                // the database cannot be reached or migrated: say so without a stack trace
                err.println("vigil: cannot use the database: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
        }
    }
}
