/**
 * Importers from the formats teams already have (Threagile, OWASP Threat Dragon, Open Threat Model,
 * CycloneDX) and the OTM exporter. Every import builds a Vigil model document, writes it with
 * {@link dev.vigil.model.io.ModelWriter} and loads it back through the workspace's
 * {@link dev.vigil.model.io.ModelLoader}: what comes out is a valid model or an error, never both.
 */
package dev.vigil.importers;
