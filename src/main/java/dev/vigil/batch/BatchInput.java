package dev.vigil.batch;

import java.nio.file.Path;

/** One model of a batch: its file and the name its reports are filed under (its path relative to the batch root). */
public record BatchInput(Path file, String name) {

    /** The report path without extension: "team-a/shop" for "team-a/shop.yaml"; never outside the output folder. */
    public String reportBase() {
        String n = name.replace('\\', '/').replaceFirst("\\.(ya?ml|json)$", "");
        StringBuilder safe = new StringBuilder();
        for (String part : n.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            safe.append(safe.length() == 0 ? "" : "/").append(part.equals("..") ? "up" : part);
        }
        return safe.toString();
    }
}
