package dev.vigil.knowledge;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vigil.TestWorkspace;
import dev.vigil.model.SystemModel;
import dev.vigil.model.io.SchemaGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas in knowledge-base/schema are generated from the records the loader binds to;
 * this test fails when they are stale (regenerate with -Dvigil.updateSchemas=true) and validates
 * every catalog and example against them with an independent validator.
 */
class SchemasTest {

    static final Path DIR = TestWorkspace.KNOWLEDGE.resolve("schema");

    static Map<String, String> expected() {
        KnowledgeBase kb = TestWorkspace.get().kb();
        SchemaGenerator g = new SchemaGenerator(kb.vocabularies());
        String base = "https://vigil.dev/schema/";
        return Map.of(
                "model.schema.json", g.generate(SystemModel.class, base + "model.schema.json", "Vigil system model"),
                "threats.schema.json", g.generate(CatalogFiles.ThreatsFile.class, base + "threats.schema.json", "Vigil threat catalog"),
                "mitigations.schema.json", g.generate(CatalogFiles.MitigationsFile.class, base + "mitigations.schema.json", "Vigil mitigation catalog"),
                "technologies.schema.json", g.generate(CatalogFiles.TechnologiesFile.class, base + "technologies.schema.json", "Vigil technology catalog"),
                "steps.schema.json", g.generate(CatalogFiles.StepsFile.class, base + "steps.schema.json", "Vigil attack-step catalog"));
    }

    @Test
    void schemasAreUpToDate() throws IOException {
        for (var e : expected().entrySet()) {
            Path file = DIR.resolve(e.getKey());
            if (Boolean.getBoolean("vigil.updateSchemas")) {
                Files.writeString(file, e.getValue());
            }
            assertThat(file).as(file + " is stale; run mvn test -Dtest=SchemasTest -Dvigil.updateSchemas=true").hasContent(e.getValue());
        }
    }

    @Test
    void catalogsAndExamplesValidateAgainstTheirSchemas() throws IOException {
        check("threats.schema.json", yamlFiles(TestWorkspace.KNOWLEDGE.resolve("threats")));
        check("mitigations.schema.json", yamlFiles(TestWorkspace.KNOWLEDGE.resolve("mitigations")));
        check("technologies.schema.json", yamlFiles(TestWorkspace.KNOWLEDGE.resolve("technologies")));
        check("steps.schema.json", yamlFiles(TestWorkspace.KNOWLEDGE.resolve("steps")));
        // answers files of assessments are not models
        check("model.schema.json", yamlFiles(Path.of("examples")).stream().filter(p -> !p.startsWith(Path.of("examples/assessments"))).toList());
    }

    @Test
    void theModelSchemaRejectsWhatTheLoaderRejects() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(DIR.resolve("model.schema.json")), InputFormat.JSON);
        String bad = "system: {id: s, name: S, colour: red}\ncomponents: [{id: c, type: toaster, zone: z}]\n";
        assertThat(schema.validate(bad, InputFormat.YAML)).extracting(Error::getMessage)
                .anySatisfy(m -> assertThat(m).contains("colour"))
                .anySatisfy(m -> assertThat(m).contains("enum"));
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void check(String schemaFile, List<Path> files) throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema schema = registry.getSchema(Files.readString(DIR.resolve(schemaFile)), InputFormat.JSON);
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            List<Error> errors = schema.validate(Files.readString(f), InputFormat.YAML);
            assertThat(errors).as(f + " against " + schemaFile).isEmpty();
        }
    }
}
