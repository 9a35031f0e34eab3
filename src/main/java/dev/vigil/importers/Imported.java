package dev.vigil.importers;

import dev.vigil.model.io.LoadedModel;

import java.util.List;

/**
 * A successful import: the model as YAML (already loaded back and valid), the model itself and
 * what could not be mapped, each warning naming the source path.
 */
public record Imported(String yaml, LoadedModel model, List<String> warnings) {
}
