package dev.vigil.cli;

/** Exit codes, documented in the README and in {@code vigil --help}. */
final class ExitCodes {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INVALID_INPUT = 2;
    static final int GATE = 3;
    static final int LIMIT_REACHED = 4;
    static final int PARTIAL_FAILURE = 6;

    static final String HELP = """
            Exit codes:
              0  success
              1  internal error (a bug: please report it)
              2  invalid input: a model, catalog, rule, settings, acceptances or
                 manifest file has problems, a bad option, or --out cannot be written
              3  --fail-on: a finding at or above that severity exists
              4  an analysis stopped at its time budget or firing cap
              5  rules test: a case failed, or coverage or --fail-on-empty was not met
              6  batch: some models failed (invalid or past their budget);
                 the others were analysed""";

    private ExitCodes() {
    }
}
