package dev.vigil;

import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.Limits;

import java.nio.file.Path;
import java.util.List;

/** The repository's rules and knowledge base, compiled once per test JVM. */
public final class TestWorkspace {

    public static final Path RULES = Path.of("rules");
    public static final Path KNOWLEDGE = Path.of("knowledge-base");

    private static Workspace shared;

    private TestWorkspace() {
    }

    public static synchronized Workspace get() {
        if (shared == null) {
            try {
                shared = Workspace.open(List.of(RULES), KNOWLEDGE, Limits.DEFAULT, SessionLimits.DEFAULT, ScenarioLimits.DEFAULT);
            } catch (Exception e) {
                throw new IllegalStateException("the bundled rule base does not load:\n" + e.getMessage(), e);
            }
        }
        return shared;
    }
}
