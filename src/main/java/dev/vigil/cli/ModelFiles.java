package dev.vigil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Expands command-line paths into model files, and names their reports. */
final class ModelFiles {

    private ModelFiles() {
    }

    record Found(List<Path> files, List<Path> missing) {
    }

    static Found find(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ModelFiles::isModel).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                missing.add(p);
            }
        }
        return new Found(files, missing);
    }

    private static boolean isModel(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".vigil.json") && !name.equals("acceptances.yaml")
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /** "shop" for shop.yaml; "portfolio-shop" when another model already took "shop". */
    static String reportBaseName(Path file, Set<String> used) {
        String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        String candidate = name;
        Path parent = file.toAbsolutePath().getParent();
        while (!used.add(candidate)) {
            candidate = (parent == null ? "model" : parent.getFileName()) + "-" + candidate;
            parent = parent == null ? null : parent.getParent();
        }
        return candidate;
    }
}
