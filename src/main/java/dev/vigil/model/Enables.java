package dev.vigil.model;

/**
 * The threat catalog's word that a finding of the threat lets an attacker take a kind of attack
 * step (knowledge-base/steps) on its element: one fact per pair, inserted with every analysis, so
 * that rules can ask which findings open a door without naming threats.
 */
public record Enables(String threatId, String step) {
}
