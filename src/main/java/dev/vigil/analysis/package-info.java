/**
 * One analysis: a loaded model through the rule base to findings with explained risk, attack
 * scenarios laid out over the system graph, and a fix plan down to the risk appetite. A plain
 * library. May use {@code model}, {@code model.io}, {@code knowledge} and {@code engine}.
 */
package dev.vigil.analysis;
