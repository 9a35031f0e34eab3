package dev.vigil.importers;

import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * One import in progress: the source file, the problems that make it fail (all reported at once,
 * as the model loader does) and the warnings about what could not be mapped.
 */
final class Ctx {

    final String file;
    final List<Problem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    Ctx(String file) {
        this.file = file;
    }

    In root(Node node) {
        return new In(this, node, "");
    }

    void problem(Node at, String path, String message) {
        problems.add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, message));
    }

    void warn(String path, String message) {
        warnings.add((path.isEmpty() ? "" : path + ": ") + message);
    }

    void failIfProblems() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
