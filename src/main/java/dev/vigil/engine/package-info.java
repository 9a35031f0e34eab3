/**
 * The rule engine: finds rule files (DRL and decision tables) in one or more folders, checks
 * their metadata against the knowledge base, compiles them into a rule base with a version hash,
 * and runs sessions under a firing cap and a time budget while recording the evidence of every
 * inferred fact. A plain library: no Spring. May use {@code model}, {@code model.io} and
 * {@code knowledge}.
 */
package dev.vigil.engine;
