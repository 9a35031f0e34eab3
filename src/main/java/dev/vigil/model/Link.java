package dev.vigil.model;

/**
 * An attacker who controls {@code from} can act against {@code to}: derived from data flows,
 * flat zones, access grants and dependencies. {@code via} names the model element that makes the link;
 * {@code cost} says how hard the step is (0 open, one point per guard such as a firewall or MFA).
 */
public record Link(String from, String to, String via, String ruleId, int cost) {
}
