/**
 * The knowledge base: threat, mitigation and technology catalogs loaded from
 * {@code knowledge-base/}, strictly validated (same binder as models) and cross-checked.
 * May use {@code model} and {@code model.io}.
 */
package dev.vigil.knowledge;
