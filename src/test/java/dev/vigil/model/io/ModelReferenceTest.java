package dev.vigil.model.io;

import dev.vigil.TestWorkspace;
import dev.vigil.model.AccessGrant;
import dev.vigil.model.Backups;
import dev.vigil.model.Component;
import dev.vigil.model.Control;
import dev.vigil.model.DataAsset;
import dev.vigil.model.DataFlow;
import dev.vigil.model.Default;
import dev.vigil.model.Dependency;
import dev.vigil.model.Doc;
import dev.vigil.model.OneOf;
import dev.vigil.model.Practices;
import dev.vigil.model.Principal;
import dev.vigil.model.Required;
import dev.vigil.model.SystemInfo;
import dev.vigil.model.SystemModel;
import dev.vigil.model.TrustZone;
import dev.vigil.model.Vocabulary;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/model-reference.md is generated from the model records, so it lists every field the loader
 * accepts; this test fails when it is stale (regenerate with -Dvigil.updateDocs=true).
 */
class ModelReferenceTest {

    private static final Path DOC = Path.of("docs/model-reference.md");
    private static final List<Class<?>> SECTIONS = List.of(SystemModel.class, SystemInfo.class, TrustZone.class,
            Component.class, DataAsset.class, DataFlow.class, Principal.class, AccessGrant.class, Dependency.class,
            Practices.class, Backups.class, Control.class);

    static String generate() {
        StringBuilder sb = new StringBuilder("""
                # Model reference

                Generated from the model records by `ModelReferenceTest`; do not edit by hand
                (regenerate with `mvn test -Dtest=ModelReferenceTest -Dvigil.updateDocs=true`).
                See [model-format.md](model-format.md) for the concepts and a worked example.
                """);
        for (Class<?> type : SECTIONS) {
            sb.append("\n## `").append(section(type)).append("`\n\n").append(type.getAnnotation(Doc.class).value()).append("\n\n");
            sb.append("| Field | In rules | Type | Required | Default | Allowed values | Meaning |\n|---|---|---|---|---|---|---|\n");
            for (RecordComponent rc : type.getRecordComponents()) {
                sb.append("| `").append(Names.snake(rc.getName())).append("` | `").append(rc.getName()).append("` | ")
                        .append(typeName(rc)).append(" | ")
                        .append(rc.isAnnotationPresent(Required.class) ? "yes" : "").append(" | ")
                        .append(rc.isAnnotationPresent(Default.class) ? "`" + rc.getAnnotation(Default.class).value() + "`" : "")
                        .append(" | ").append(allowed(rc)).append(" | ").append(rc.getAnnotation(Doc.class).value())
                        .append(rc.isAnnotationPresent(dev.vigil.model.Verify.class)
                                ? " When unknown, a finding that rests on it asks: \"" + rc.getAnnotation(dev.vigil.model.Verify.class).value() + "\"" : "")
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String section(Class<?> type) {
        return type == SystemModel.class ? "(top level)" : type.getSimpleName();
    }

    private static String typeName(RecordComponent rc) {
        Class<?> raw = rc.getType();
        if (raw == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            return "list of " + (element == String.class ? "text" : "`" + element.getSimpleName() + "`");
        }
        if (raw.isRecord()) {
            return "`" + raw.getSimpleName() + "`";
        }
        return raw == Boolean.class ? "true/false/unknown" : raw == boolean.class ? "true/false" : raw == int.class || raw == long.class ? "number" : "text";
    }

    private static String allowed(RecordComponent rc) {
        dev.vigil.model.Words words = rc.getAnnotation(dev.vigil.model.Words.class);
        if (words != null) {
            return "a number, or " + String.join(", ", java.util.Arrays.stream(words.value()).map(w -> w.replace("=", " (") + ")").toList());
        }
        OneOf oneOf = rc.getAnnotation(OneOf.class);
        if (oneOf != null) {
            return String.join(", ", oneOf.value());
        }
        Vocabulary v = rc.getAnnotation(Vocabulary.class);
        if (v == null) {
            return "";
        }
        return "an id from `knowledge-base/technologies` (" + String.join(", ", TestWorkspace.get().kb().vocabularies().get(v.value())) + ")";
    }

    @Test
    void referenceIsUpToDate() throws Exception {
        String expected = generate();
        if (Boolean.getBoolean("vigil.updateDocs")) {
            Files.writeString(DOC, expected);
        }
        assertThat(DOC).as("stale; regenerate with -Dvigil.updateDocs=true").hasContent(expected);
    }
}
