package dev.vigil.model.io;

import dev.vigil.model.StatedAttributes;
import dev.vigil.model.SystemModel;

import java.util.List;
import java.util.Map;

/**
 * A valid model with where it came from: the file, a hash of its bytes and the position of each
 * element by id (for reports that point into the file). {@code model} has components' type
 * attributes merged in; {@code stated} keeps the attributes the file itself writes on each component.
 */
public record LoadedModel(SystemModel model, String file, String sha256, Map<String, Position> positions,
                          List<StatedAttributes> stated) {

    public record Position(int line, int column) {
    }

    public Position positionOf(String elementId) {
        return positions.getOrDefault(elementId, new Position(1, 1));
    }
}
