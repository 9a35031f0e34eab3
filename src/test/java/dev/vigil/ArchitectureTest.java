package dev.vigil;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package dependencies of DESIGN §3 (as amended in docs/architecture.md). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil");

    private static void mayOnlyUse(String pkg, String... allowed) {
        String[] all = {"model", "model.io", "knowledge", "engine", "analysis", "questionnaire", "report", "batch",
                "importers", "ruletest", "store", "server", "cli"};
        for (String other : all) {
            if (other.equals(pkg) || java.util.List.of(allowed).contains(other)) {
                continue;
            }
            String target = "dev.vigil." + other + (other.equals("model") ? "" : "..");
            noClasses().that().resideInAPackage("dev.vigil." + pkg + (pkg.equals("model") ? "" : ".."))
                    .should().dependOnClassesThat().resideInAPackage(target)
                    .allowEmptyShould(true)
                    .because(pkg + " may use only " + String.join(", ", allowed))
                    .check(CLASSES);
        }
    }

    @Test
    void packagesUseOnlyWhatTheDesignAllows() {
        mayOnlyUse("model");
        mayOnlyUse("model.io", "model");
        mayOnlyUse("knowledge", "model", "model.io");
        mayOnlyUse("engine", "model", "model.io", "knowledge");
        mayOnlyUse("analysis", "model", "model.io", "knowledge", "engine");
        mayOnlyUse("report", "model", "model.io", "knowledge", "analysis", "engine");
        mayOnlyUse("ruletest", "model", "model.io", "knowledge", "engine", "analysis", "questionnaire");
        mayOnlyUse("importers", "model", "model.io", "knowledge");
        mayOnlyUse("batch", "model", "model.io", "knowledge", "engine", "analysis", "report");
        mayOnlyUse("cli", "model", "model.io", "knowledge", "engine", "analysis", "report", "ruletest", "batch",
                "importers", "questionnaire", "store", "server");
        mayOnlyUse("server", "model", "model.io", "knowledge", "engine", "analysis", "report", "ruletest", "batch",
                "importers", "questionnaire", "store");
    }

    @Test
    void theEngineAndAnalysisArePlainLibraries() {
        noClasses().that().resideInAnyPackage("dev.vigil.engine..", "dev.vigil.analysis..", "dev.vigil.model..", "dev.vigil.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "picocli..")
                .check(CLASSES);
    }
}
