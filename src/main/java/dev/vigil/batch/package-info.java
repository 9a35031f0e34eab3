/**
 * Batch analysis of many models on one shared rule base: parallel, resumable, bounded in memory,
 * with a portfolio summary. May use {@code model}, {@code model.io}, {@code knowledge},
 * {@code engine}, {@code analysis} and {@code report}.
 */
package dev.vigil.batch;
