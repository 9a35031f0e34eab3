package dev.vigil.importers;

import dev.vigil.model.io.Node;

/**
 * What a file looks like, from the keys at its top, so that {@code --from threagile} on a Threat
 * Dragon file says "this is a Threat Dragon model; use --from threat-dragon" instead of a list of
 * missing fields.
 */
final class Detector {

    /** What the file is, and the format that reads it (null when none does). */
    record Looks(String what, Format format) {
    }

    private Detector() {
    }

    static Looks detect(Node root) {
        if (!(root instanceof Node.Mapping m)) {
            return new Looks(root instanceof Node.Sequence ? "a list" : "a single value", null);
        }
        if (m.get("threagile_version") != null || m.get("technical_assets") != null) {
            return new Looks(Format.THREAGILE.description(), Format.THREAGILE);
        }
        if (m.get("otmVersion") != null) {
            return new Looks(Format.OTM.description(), Format.OTM);
        }
        if (m.get("bomFormat") != null) {
            return new Looks(Format.CYCLONEDX.description(), Format.CYCLONEDX);
        }
        if (m.get("detail") instanceof Node.Mapping detail && detail.get("diagrams") != null) {
            return threatDragon(m);
        }
        if (m.get("$schema") instanceof Node.Scalar s && s.value().contains("threat-model.schema.json") || m.get("data_flows") != null) {
            return new Looks(Format.TM_BOM.description(), Format.TM_BOM);
        }
        if (m.get("system") != null) {
            return new Looks("a Vigil model already (vigil analyze reads it as it is)", null);
        }
        return new Looks("none of the formats vigil import reads (no threagile_version, otmVersion, bomFormat or Threat Dragon detail.diagrams at the top)", null);
    }

    private static Looks threatDragon(Node.Mapping m) {
        if (m.get("version") instanceof Node.Scalar v && !v.value().startsWith("2")) {
            return new Looks("a Threat Dragon model of version " + dev.vigil.model.io.Names.printable(v.value())
                    + ", which vigil import does not read (open it in Threat Dragon 2 and save it as v2)", null);
        }
        return new Looks(Format.THREAT_DRAGON.description(), Format.THREAT_DRAGON);
    }
}
