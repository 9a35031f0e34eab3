package dev.vigil.importers;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code vigil import --from} reads. */
public enum Format {
    THREAGILE("threagile", "a Threagile model"),
    THREAT_DRAGON("threat-dragon", "an OWASP Threat Dragon v2 model"),
    OTM("otm", "an Open Threat Model (OTM) file"),
    TM_BOM("tm-bom", "an OWASP Threat Model Library (TM-BOM) file"),
    CYCLONEDX("cyclonedx", "a CycloneDX SBOM");

    private final String id;
    private final String description;

    Format(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    String description() {
        return description;
    }

    public static Optional<Format> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** "threagile, threat-dragon, otm, tm-bom, cyclonedx", for messages and help. */
    public static String allowed() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
    }
}
