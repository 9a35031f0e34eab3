package dev.vigil.engine;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One rule file as DRL text. Decision tables ({@code *.drl.csv}, {@code *.drl.xlsx}) are turned
 * into DRL here so that the metadata checks and error messages treat both kinds alike.
 */
record RuleSource(Path path, String displayPath, String drl, TableErrors table) {

    boolean decisionTable() {
        return table != null;
    }

    static List<RuleSource> collect(Path dir, List<String> errors) {
        List<RuleSource> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            errors.add(dir + ": rules folder does not exist");
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !inTemplate(dir, p)).sorted().toList()) {
                String name = p.getFileName().toString();
                String display = displayPath(dir, p);
                if (name.endsWith(".drl")) {
                    out.add(new RuleSource(p, display, Files.readString(p, StandardCharsets.UTF_8), null));
                } else if (name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx")) {
                    fromTable(p, display, name.endsWith(".csv") ? InputType.CSV : InputType.XLS, errors, out);
                }
            }
        } catch (IOException e) {
            errors.add(dir + ": cannot read rules: " + e.getMessage());
        }
        return out;
    }

    /** {@code _template/} holds starters to copy, not rules to load. */
    static boolean inTemplate(Path dir, Path file) {
        for (Path part : dir.relativize(file)) {
            if (part.toString().equals("_template")) {
                return true;
            }
        }
        return false;
    }

    private static String displayPath(Path dir, Path file) {
        Path base = dir.getFileName() == null ? dir : dir.getParent();
        String rel = base == null ? file.toString() : base.relativize(file).toString();
        return dir.getFileSystem().equals(java.nio.file.FileSystems.getDefault()) ? rel : "(bundled)/" + rel;
    }

    private static void fromTable(Path p, String display, InputType type, List<String> errors, List<RuleSource> out)
            throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), type);
            out.add(new RuleSource(p, display, drl, new TableErrors(display, drl, TableErrors.read(bytes, type == InputType.CSV))));
        } catch (RuntimeException e) {
            errors.add(display + ": decision table cannot be read: " + e.getMessage());
        }
    }
}
