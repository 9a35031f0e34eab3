package dev.vigil.cli;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.ModelLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of every command that reads models: the knowledge base their vocabulary comes from, and input limits. */
final class ModelOptions {

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge-base folder (catalogs). Default: the bundled one.")
    Path knowledge;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880",
            description = "Largest model file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "64",
            description = "Deepest nesting accepted in a model file (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--max-elements", paramLabel = "N", defaultValue = "12000",
            description = "Most components, flows, principals, access grants and dependencies in one model (default: ${DEFAULT-VALUE}).")
    int maxElements;

    /** The knowledge-base folder in use: --knowledge or the bundled one. */
    Path knowledgeDir() {
        return knowledge == null ? Bundled.knowledge() : knowledge;
    }

    Limits limits() {
        return new Limits(maxBytes, maxDepth, Limits.DEFAULT.maxNodes(), maxElements);
    }

    /** A model loader with the knowledge base's vocabulary, for commands that need no rules (import, export). */
    ModelLoader loader() throws InvalidInputException {
        return new ModelLoader(KnowledgeBase.load(knowledgeDir()), limits());
    }
}
