package dev.vigil.cli;

import picocli.CommandLine;

/** Entry point of the {@code vigil} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command line and returns its exit code (used by tests without exiting the JVM). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        // Drools logs through SLF4J to java.util.logging; the command line reports in its own words,
        // so the log stays silent (vigil serve has Spring Boot configure logging afresh).
        java.util.logging.LogManager.getLogManager().reset();
        CommandLine cli = new CommandLine(new VigilCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("vigil: internal error: " + e);
            return ExitCodes.INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("vigil: " + e.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.INVALID_INPUT;
        });
        return cli.execute(args);
    }
}
