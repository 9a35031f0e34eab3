package dev.vigil.importers;

import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.model.io.ModelLoader;
import dev.vigil.model.io.ModelWriter;
import dev.vigil.model.io.Node;
import dev.vigil.model.io.Problem;
import dev.vigil.model.io.TreeReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a file of another tool into a Vigil model. The source is read by the strict
 * {@link TreeReader} (with its size, depth and value limits), mapped to a model document, written
 * as YAML and loaded back with the workspace's {@link ModelLoader}: a result is always a valid model.
 */
public final class Importer {

    /** The file name of problems found when loading an imported model back (a mapping bug or a limit). */
    public static final String IMPORTED = "model imported from ";

    private final ModelLoader loader;
    private final Limits limits;

    public Importer(ModelLoader loader, Limits limits) {
        this.loader = loader;
        this.limits = limits;
    }

    /** A new model from a Threagile, Threat Dragon, OTM or TM-BOM file. */
    public Imported read(Format format, String file, byte[] bytes) throws InvalidInputException {
        if (format == Format.CYCLONEDX) {
            throw new InvalidInputException(List.of(new Problem(file, 0, 0, "", "a CycloneDX SBOM lists dependencies, not a system: "
                    + "merge it into a model with --into MODEL (and --component ID)")));
        }
        Ctx ctx = new Ctx(file);
        Node root = parse(ctx, format, bytes);
        Doc doc = switch (format) {
            case THREAGILE -> new ThreagileImporter(ctx).map(ctx.root(root));
            case THREAT_DRAGON -> new ThreatDragonImporter(ctx).map(ctx.root(root));
            case OTM -> new OtmImporter(ctx).map(ctx.root(root));
            case TM_BOM -> new TmBomImporter(ctx).map(ctx.root(root));
            case CYCLONEDX -> throw new IllegalStateException("handled above");
        };
        ctx.failIfProblems();
        return finish(format, file, doc.toMap(), ctx.warnings);
    }

    /**
     * The model in {@code intoFile} with the SBOM's packages added as dependencies of one of its
     * components ({@code component}, or its only component when null).
     */
    public Imported mergeSbom(String file, byte[] bytes, String intoFile, byte[] intoBytes, String component) throws InvalidInputException {
        LoadedModel into = loader.parse(intoFile, intoBytes);
        Map<String, Object> doc = document(new TreeReader(limits).read(intoFile, intoBytes, new ArrayList<>()));
        Ctx ctx = new Ctx(file);
        Node root = parse(ctx, Format.CYCLONEDX, bytes);
        new CycloneDxImporter(ctx).merge(ctx.root(root), doc, into.model(), component);
        ctx.failIfProblems();
        if (new String(intoBytes, StandardCharsets.UTF_8).lines().anyMatch(l -> l.strip().startsWith("#"))) {
            ctx.warnings.add(0, "comments of " + Path.of(intoFile).getFileName() + " are not carried over; the rest of it is unchanged");
        }
        return finish(Format.CYCLONEDX, file, Path.of(file).getFileName() + ", merged into " + Path.of(intoFile).getFileName(), doc, ctx.warnings);
    }

    /** The source tree, or the problems that stop the import: unreadable, empty, or another format. */
    private Node parse(Ctx ctx, Format format, byte[] bytes) throws InvalidInputException {
        if (new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.UTF_8).stripLeading().startsWith("<")) {
            ctx.problem(null, "", "this is XML; vigil import reads " + format.description() + " as JSON"
                    + (format == Format.CYCLONEDX ? " (CycloneDX tools write JSON with --output-format json)" : " or YAML"));
            ctx.failIfProblems();
        }
        // Threagile's own examples share definitions through YAML anchors and merge keys
        Node root = new TreeReader(limits, format == Format.THREAGILE).read(ctx.file, bytes, ctx.problems);
        ctx.failIfProblems();
        if (root instanceof Node.Mapping m && m.entries().isEmpty()) {
            ctx.problem(null, "", "the file is empty (or holds only comments); expected " + format.description());
        } else {
            Detector.Looks looks = Detector.detect(root);
            if (looks.format() != format) {
                ctx.problem(root, "", "this is " + looks.what() + ", not " + format.description()
                        + (looks.format() != null ? "; use --from " + looks.format().id() : "; --from takes " + Format.allowed()));
            }
        }
        ctx.failIfProblems();
        return root;
    }

    private Imported finish(Format format, String file, Map<String, Object> doc, List<String> warnings) throws InvalidInputException {
        return finish(format, file, Path.of(file).getFileName().toString(), doc, warnings);
    }

    private Imported finish(Format format, String file, String what, Map<String, Object> doc, List<String> warnings)
            throws InvalidInputException {
        List<String> header = new ArrayList<>();
        header.add("Imported by vigil import --from " + format.id() + " from " + what + ".");
        header.add("Review it before relying on it: the mapping is documented in docs/importers.md.");
        if (!warnings.isEmpty()) {
            header.add("Not mapped or mapped by a guess (" + warnings.size() + "):");
            warnings.forEach(w -> header.add("  " + w));
        }
        String yaml = ModelWriter.write(header, doc);
        // a model the loader refuses (a knowledge base without a mapped type, a limit) is an error, never written
        LoadedModel model = loader.parse(IMPORTED + file, yaml.getBytes(StandardCharsets.UTF_8));
        return new Imported(yaml, model, List.copyOf(warnings));
    }

    /** A model file as written (before types and defaults are resolved), as a document. */
    public Map<String, Object> written(String file, byte[] bytes) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Node root = new TreeReader(limits).read(file, bytes, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return document(root);
    }

    /** A model file's tree as a document: plain true/false and whole numbers typed, everything else text. */
    private static Map<String, Object> document(Node root) {
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) value(root);
        return doc;
    }

    /** A tree as plain values: maps, lists, text, true/false and whole numbers. */
    static Object value(Node node) {
        if (node instanceof Node.Mapping m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> {
                Object v = value(e.value());
                if (v != null) {
                    out.put(k, v);
                }
            });
            return out;
        }
        if (node instanceof Node.Sequence s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(value(i)));
            return out;
        }
        Node.Scalar s = (Node.Scalar) node;
        if (s.isNull()) {
            return null;
        }
        if (s.plain() && (s.value().equals("true") || s.value().equals("false"))) {
            return Boolean.parseBoolean(s.value());
        }
        return s.plain() && s.value().matches("-?\\d{1,18}") ? (Object) Long.parseLong(s.value()) : s.value();
    }
}
