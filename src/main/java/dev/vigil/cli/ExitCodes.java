package dev.vigil.cli;

/** Exit codes, documented in the README and in {@code vigil --help}. */
final class ExitCodes {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INVALID_INPUT = 2;
    static final int LIMIT_REACHED = 4;

    static final String HELP = """
            Exit codes:
              0  success
              1  internal error (a bug: please report it)
              2  invalid input: a model, catalog or rule file has problems, or a bad option
              4  an analysis stopped at its time budget or firing cap
              5  rules test: a case failed, or coverage or --fail-on-empty was not met""";

    private ExitCodes() {
    }
}
