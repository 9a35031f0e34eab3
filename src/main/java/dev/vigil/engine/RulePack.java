package dev.vigil.engine;

/** One rule folder in a rule base, with its version: a hash of its files. */
public record RulePack(String name, String version) {
}
