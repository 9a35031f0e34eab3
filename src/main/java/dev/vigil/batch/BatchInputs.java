package dev.vigil.batch;

import dev.vigil.model.io.Binder;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;
import dev.vigil.model.io.TreeReader;
import dev.vigil.model.Doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds a batch's models: every model file under a folder (recursively), or the list in a manifest. */
public final class BatchInputs {

    @Doc("A batch manifest: the model files to analyse, relative to the manifest.")
    record Manifest(@Doc("Model files.") List<String> models) {
    }

    private BatchInputs() {
    }

    public static List<BatchInput> of(Path root) throws IOException, InvalidInputException {
        return Files.isDirectory(root) ? walk(root) : manifest(root);
    }

    private static List<BatchInput> walk(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(BatchInputs::isModel).sorted()
                    .map(p -> new BatchInput(p, root.relativize(p).toString().replace('\\', '/'))).toList();
        }
    }

    private static boolean isModel(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".vigil.json") && !name.equals("acceptances.yaml") && !name.endsWith(".test.yaml")
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static List<BatchInput> manifest(Path file) throws IOException, InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Node root = new TreeReader(Limits.DEFAULT).read(file.toString(), Files.readAllBytes(file), problems);
        Manifest m = root == null ? null : new Binder(file.toString(), Map.of(), problems).bind(root, Manifest.class);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Path dir = file.toAbsolutePath().getParent();
        List<BatchInput> out = new ArrayList<>();
        for (String entry : m.models()) {
            out.add(new BatchInput(dir.resolve(entry).normalize(), entry));
        }
        return out;
    }

}
