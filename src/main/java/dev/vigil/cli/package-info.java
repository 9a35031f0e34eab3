/**
 * The {@code vigil} command line (picocli). No Spring on this path: start-up time matters for CI.
 * May use everything but {@code server}.
 */
package dev.vigil.cli;
