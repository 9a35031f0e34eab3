/**
 * Report renderers: JSON (a Jackson object tree, deterministic, with a schema) and Markdown (from
 * the same tree through an escaping Mustache template, with a Mermaid data-flow diagram). May use
 * {@code model}, {@code knowledge} and {@code analysis}.
 */
package dev.vigil.report;
