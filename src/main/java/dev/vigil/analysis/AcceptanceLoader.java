package dev.vigil.analysis;

import dev.vigil.model.io.Binder;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;
import dev.vigil.model.io.TreeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads acceptances.yaml strictly: every problem with its line, dates checked. */
public final class AcceptanceLoader {

    public static final String FILE_NAME = "acceptances.yaml";

    private AcceptanceLoader() {
    }

    /** The acceptances for a model: the given file, else acceptances.yaml beside the model, else none. */
    public static List<Acceptance> forModel(Path model, Path explicit) throws InvalidInputException {
        if (explicit != null) {
            return load(explicit);
        }
        Path dir = model.toAbsolutePath().getParent();
        Path beside = dir == null ? null : dir.resolve(FILE_NAME);
        return beside != null && Files.isRegularFile(beside) ? load(beside) : List.of();
    }

    public static List<Acceptance> load(Path file) throws InvalidInputException {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        Node root;
        try {
            root = new TreeReader(Limits.DEFAULT).read(name, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(name, 0, 0, "", "cannot read acceptances: " + e.getMessage())));
        }
        if (root == null) {
            throw new InvalidInputException(problems);
        }
        Binder binder = new Binder(name, Map.of(), problems);
        Acceptance.File parsed = binder.bind(root, Acceptance.File.class);
        for (int i = 0; parsed != null && i < parsed.acceptances().size(); i++) {
            String expires = parsed.acceptances().get(i).expires();
            try {
                if (expires != null) {
                    LocalDate.parse(expires);
                }
            } catch (DateTimeParseException e) {
                Node at = binder.nodesByPath().get("acceptances[" + i + "].expires");
                problems.add(new Problem(name, at == null ? 0 : at.line(), at == null ? 0 : at.column(), "acceptances[" + i + "].expires",
                        "'" + expires + "' is not a date; write YYYY-MM-DD"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return parsed.acceptances();
    }
}
