package dev.vigil.cli;

import dev.vigil.model.io.InvalidInputException;

import java.io.PrintWriter;

/** How a command reports an input with problems: one headline, then every problem on its own line. */
final class Problems {

    private Problems() {
    }

    /** "vigil: WHAT (N problems); CONSEQUENCE:" and the problems, cleaned for the terminal (they quote the input). */
    static void print(PrintWriter err, String what, String consequence, InvalidInputException e) {
        int n = e.problems().size();
        err.println("vigil: " + what + " (" + n + " problem" + (n == 1 ? "" : "s") + "); " + consequence + ":");
        e.problems().forEach(p -> err.println("  " + Text.clean(p.toString())));
    }
}
