package dev.vigil.importers;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.model.Component;
import dev.vigil.model.DataFlow;
import dev.vigil.model.Dependency;
import dev.vigil.model.SystemModel;
import dev.vigil.model.TrustZone;
import dev.vigil.model.io.InvalidInputException;
import dev.vigil.model.io.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every peer file imports to a valid model that analysis finds threats in; broken input is refused clearly. */
class ImportersTest {

    static final Path PEERS = Path.of("src/test/resources/peer-models");
    static final Path MINIMAL = Path.of("examples/minimal.yaml");

    private final Importer importer = new Importer(TestWorkspace.get().loader(), Limits.DEFAULT);

    static Stream<Path> peerFiles(String format) throws IOException {
        try (Stream<Path> files = Files.list(PEERS.resolve(format))) {
            return files.sorted().toList().stream();
        }
    }

    /** Every peer file of the formats that make a model on their own, with its format. */
    static Stream<Arguments> models() throws IOException {
        return Stream.of(Format.THREAGILE, Format.THREAT_DRAGON, Format.OTM, Format.TM_BOM)
                .flatMap(f -> unchecked(() -> peerFiles(f.id())).map(p -> Arguments.of(f, p)));
    }

    private interface Io<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(Io<T> io) {
        try {
            return io.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> cyclonedx() throws IOException {
        return peerFiles("cyclonedx");
    }

    Imported read(Format format, Path file) throws Exception {
        return importer.read(format, file.toString(), Files.readAllBytes(file));
    }

    Imported sbom(Path file, String component) throws Exception {
        return importer.mergeSbom(file.toString(), Files.readAllBytes(file), MINIMAL.toString(), Files.readAllBytes(MINIMAL), component);
    }

    static Analysis analyse(Imported imported) throws Exception {
        return TestWorkspace.get().analyzer().analyze(imported.model(), Severity.MEDIUM);
    }

    @ParameterizedTest
    @MethodSource("models")
    void peerModelsImportToValidModelsWithFindings(Format format, Path file) throws Exception {
        Imported imported = read(format, file);
        SystemModel m = imported.model().model();
        assertThat(m.components()).isNotEmpty();
        assertThat(m.flows()).isNotEmpty();
        assertThat(m.zones()).isNotEmpty();
        assertThat(imported.yaml()).startsWith("# Imported by vigil import --from " + format.id() + " from " + file.getFileName());
        // what the peer file leaves unsaid is unknown, so a thin file (Threagile's stub, OTM's two-asset
        // example) may raise questions to verify rather than findings; something is always raised
        Analysis analysis = analyse(imported);
        assertThat(analysis.findings().size() + analysis.questions().size()).isPositive();
    }

    @Test
    void tmBomMapsTheSystemAndKeepsTheExpertsThreatsAsNotes() throws Exception {
        Imported imported = read(Format.TM_BOM, PEERS.resolve("tm-bom/huskyai.tmbom.json"));
        SystemModel m = imported.model().model();
        assertThat(m.system().name()).isEqualTo("Husky AI");
        // data stores by their store type; a component by its title, never a store by a description that mentions one
        assertThat(component(m, "training-images-blob").type()).isEqualTo("object-storage");
        assertThat(component(m, "web-service").type()).isEqualTo("web-application");
        assertThat(component(m, "jupyter").type()).isEqualTo("backend-service");
        // data sets are placed in their stores, with the placement's encryption
        assertThat(component(m, "ml-models-blob").stores()).isNotEmpty();
        assertThat(component(m, "ml-models-blob").encryptedAtRest()).isFalse();
        assertThat(component(m, "training-images-blob").encryptedAtRest()).isTrue();
        // a flow titled by its protocol has it
        assertThat(m.flows()).anySatisfy(f -> assertThat(f.protocol()).isEqualTo("https"));
        // actors that flows start at: a person's device and a principal with access, another party's system
        assertThat(component(m, "azure-cognitive-services").ownership()).isEqualTo("third-party");
        assertThat(component(m, "user-device").type()).isEqualTo("browser");
        assertThat(m.principals()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo("infrastructure-admin");
            assertThat(p.kind()).isEqualTo("admin");
        });
        assertThat(m.access()).anySatisfy(g -> {
            assertThat(g.principal()).isEqualTo("infrastructure-admin");
            assertThat(g.privilege()).isEqualTo("admin");
        });
        // the expert's threats, controls and risks stay theirs, under their ids
        assertThat(m.notes()).anySatisfy(n -> assertThat(n.title()).startsWith("Threat buffer-overflow-image-processing:"));
        assertThat(m.notes()).anySatisfy(n -> assertThat(n.title()).startsWith("Control sandboxing-for-image-processing:"));
        assertThat(m.notes()).anySatisfy(n -> assertThat(n.title()).startsWith("Risk adversarial-attack-on-huskyai:"));
        // a placement in a store the file does not define is reported, not a failure
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("no data store 'uploaded-images-redis' exists"));
    }

    @Test
    void tmBomRefusesWhatIsNotOne() {
        assertThat(problem(Format.TM_BOM, "{\"otmVersion\": \"0.2.0\"}")).contains("this is an Open Threat Model (OTM) file, not an OWASP Threat Model "
                + "Library (TM-BOM) file; use --from otm");
        assertThat(problem(Format.TM_BOM, "{\"$schema\": \"https://example/threat-model.schema.json\", \"version\": \"1.0.2\", "
                + "\"scope\": {\"title\": \"T\"}, \"trust_zones\": [], \"components\": [], \"data_flows\": []}"))
                .contains("the file has no components or data stores");
    }

    @ParameterizedTest
    @MethodSource("cyclonedx")
    void sbomsMergeIntoAModelAndHaveFindings(Path file) throws Exception {
        Imported imported = sbom(file, "app");
        SystemModel m = imported.model().model();
        assertThat(m.dependencies()).hasSizeGreaterThan(50).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo("library");
            assertThat(d.usedBy()).containsExactly("app");
            assertThat(d.purl()).startsWith("pkg:");
            assertThat(d.version()).isNotBlank();
        });
        assertThat(m.dependencies().stream().map(Dependency::id).distinct()).hasSize(m.dependencies().size());
        assertThat(m.components()).extracting(Component::id).containsExactly("app", "db");
        assertThat(analyse(imported).findings()).isNotEmpty();
    }

    @Test
    void threagileMapsTechnologiesBoundariesLinksAndRuntimes() throws Exception {
        SystemModel m = read(Format.THREAGILE, PEERS.resolve("threagile/threagile-example.yaml")).model().model();
        Component db = component(m, "sql-database");
        assertThat(db.type()).isEqualTo("relational-database");
        assertThat(db.encryptedAtRest()).isTrue();
        assertThat(component(m, "customer-client").exposure()).isEqualTo("internet");
        assertThat(component(m, "customer-client").zone()).isEqualTo("internet");
        assertThat(m.zones()).extracting(TrustZone::id).contains("web-dmz", "application-network", "erp-dmz");
        assertThat(m.zones().stream().filter(z -> z.id().equals("erp-dmz")).findFirst().orElseThrow().parent()).isEqualTo("application-network");
        assertThat(m.flows()).anySatisfy(f -> {
            assertThat(f.from()).isEqualTo("erp-system");
            assertThat(f.to()).isEqualTo("sql-database");
            assertThat(f.protocol()).isEqualTo("sql");
        });
        assertThat(component(m, "apache-webserver").hosting()).isEqualTo("shared-hosting");
        // exposure follows the links: the load balancer says internet: false, but the customers' browsers on
        // the internet reach it; a client's internet flag says where it is, not what reaches it
        assertThat(component(m, "load-balancer").exposure()).isEqualTo("internet");
        assertThat(component(m, "backoffice-client").exposure()).isEqualTo("unknown");
        // a CMS fetches content from URLs (what SSRF needs); a container is not Kubernetes unless its namespace says so
        assertThat(component(m, "marketing-cms").attributes()).contains("fetches-urls");
        assertThat(m.components()).noneMatch(c -> c.hosting().equals("kubernetes"));
        // custom_developed_parts: the web server's code and the CMS's are the team's; the ERP system is a product
        assertThat(component(m, "apache-webserver").customCode()).isTrue();
        assertThat(component(m, "marketing-cms").customCode()).isTrue();
        assertThat(component(m, "erp-system").customCode()).isFalse();
    }

    @Test
    void threagileDedicatedHosterIsTheProvidersNetworkAndAnExecutionEnvironmentNoNetwork() throws Exception {
        SystemModel stub = read(Format.THREAGILE, PEERS.resolve("threagile/threagile-stub.yaml")).model().model();
        assertThat(stub.zones()).anySatisfy(z -> assertThat(z.kind()).isEqualTo("cloud"));
        SystemModel example = read(Format.THREAGILE, PEERS.resolve("threagile/threagile-example.yaml")).model().model();
        // the identity provider and LDAP server share the Auth Handling Environment (an execution environment)
        assertThat(example.zones()).anySatisfy(z -> {
            assertThat(z.id()).isEqualTo("auth-env");
            assertThat(z.segmented()).isTrue();
        });
    }

    @Test
    void threagileOwnershipMapsExternalEntitiesBrowsersAndOutOfScope() throws Exception {
        SystemModel m = read(Format.THREAGILE, PEERS.resolve("threagile/threagile-example.yaml")).model().model();
        // the customers' browsers are a browser, and, being out of scope in Threagile's example (as are
        // the other clients), imported out of scope: no patching or EDR finding can land on them
        assertThat(component(m, "customer-client").type()).isEqualTo("browser");
        assertThat(component(m, "customer-client").ownership()).isEqualTo("out-of-scope");
        assertThat(m.components()).filteredOn(c -> c.ownership().equals("out-of-scope")).extracting(Component::id)
                .containsExactlyInAnyOrder("customer-client", "backoffice-client", "backend-admin-client", "external-dev-client");
        Analysis analysis = analyse(read(Format.THREAGILE, PEERS.resolve("threagile/threagile-example.yaml")));
        java.util.Set<String> unscoped = new java.util.HashSet<>();
        m.components().stream().filter(c -> c.ownership().equals("out-of-scope")).forEach(c -> unscoped.add(c.id()));
        assertThat(analysis.findings()).noneMatch(f -> unscoped.contains(f.target()));
        assertThat(analysis.findings()).noneMatch(f -> f.target().equals("customer-client"));
        // the team's own servers are the team's
        assertThat(component(m, "sql-database").ownership()).isEqualTo("team");
        // in scope, an external entity a person uses is a client, any other another party's
        String inScope = """
                threagile_version: 1.0.0
                title: Clients
                technical_assets:
                  shoppers:
                    id: shoppers
                    type: external-entity
                    technology: browser
                    used_as_client_by_human: true
                  partner:
                    id: partner
                    type: external-entity
                    technology: unknown-technology
                  web:
                    id: web
                    type: process
                    technology: web-server
                """;
        SystemModel clients = importer.read(Format.THREAGILE, "clients.yaml", inScope.getBytes(StandardCharsets.UTF_8)).model().model();
        assertThat(component(clients, "shoppers").ownership()).isEqualTo("client");
        assertThat(component(clients, "partner").ownership()).isEqualTo("third-party");
        assertThat(component(clients, "partner").type()).isEqualTo("external-service");
        assertThat(component(clients, "web").ownership()).isEqualTo("team");
        // Threagile left internet, encryption and link authentication out: unknown, not false or none
        assertThat(component(clients, "web").exposure()).isEqualTo("unknown");
        assertThat(component(clients, "web").encryptedAtRest()).isNull();
        assertThat(component(clients, "web").authentication()).isEqualTo("unknown");
    }

    @Test
    void threatDragonUntickedBoxesAreUnknownNotFalse() throws Exception {
        SystemModel m = read(Format.THREAT_DRAGON, PEERS.resolve("threat-dragon/v2-threat-model.json")).model().model();
        // the demo's stores leave "encrypted" unticked: that is no statement that they are not encrypted
        assertThat(m.components()).filteredOn(c -> c.type().equals("relational-database")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.encryptedAtRest()).isNull());
        // a flow without the box ticked and without a protocol that says it is left unknown, not false
        assertThat(m.flows()).anySatisfy(f -> assertThat(f.encrypted()).isNull());
        // actors are outside the application: a browser is the user's, other actors another party's
        assertThat(m.components()).filteredOn(c -> c.zone().startsWith("outside"))
                .allSatisfy(c -> assertThat(c.ownership()).isIn("client", "third-party"));
    }

    @Test
    void threagileWarnsAboutWhatItCannotMap() throws Exception {
        Imported imported = read(Format.THREAGILE, PEERS.resolve("threagile/threagile-example.yaml"));
        assertThat(imported.warnings()).contains(
                "technical_assets.Backoffice ERP System.technology: \"erp\" has no Vigil type; mapped to \"backend-service\" from type process");
        assertThat(imported.yaml()).contains("#   technical_assets.Backoffice ERP System.technology: \"erp\" has no Vigil type");
    }

    @Test
    void aDanglingLinkTargetNamesFileLineAndPath() {
        String yaml = """
                threagile_version: 1.0.0
                title: Broken
                technical_assets:
                  web-server:
                    id: web-server
                    type: process
                    technology: web-server
                    communication_links:
                      db:
                        target: databse
                        protocol: jdbc
                  database:
                    id: database
                    type: datastore
                    technology: database
                """;
        assertThatThrownBy(() -> importer.read(Format.THREAGILE, "broken.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("broken.yaml:10:17: no technical asset with id 'databse' exists. Did you mean 'database'? "
                                + "The target of a communication link is the id of a technical asset "
                                + "(at technical_assets.web-server.communication_links.db.target)"));
    }

    @Test
    void threatDragonFlowLabelsThatNameDataBecomeDataTheStoresHold() throws Exception {
        Imported imported = read(Format.THREAT_DRAGON, PEERS.resolve("threat-dragon/v2-threat-model.json"));
        SystemModel m = imported.model().model();
        // "Put Message" and "Message" carry one asset; "Web Request" names nothing carried
        assertThat(m.data()).extracting(dev.vigil.model.DataAsset::id).contains("Message-data", "web-app-config-data")
                .noneMatch(id -> id.startsWith("Web-Request") || id.startsWith("Put"));
        assertThat(m.flows()).filteredOn(f -> f.name().equals("Put Message")).singleElement()
                .satisfies(f -> assertThat(f.data()).containsExactly("Message-data"));
        assertThat(m.components()).anySatisfy(c -> assertThat(c.stores()).contains("web-app-config-data"));
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("data asset 'Message-data' (internal) inferred from the flow's label"));
    }

    @Test
    void threatDragonThreatsAreKeptAsNotes() throws Exception {
        SystemModel m = read(Format.THREAT_DRAGON, PEERS.resolve("threat-dragon/v2-threat-model.json")).model().model();
        assertThat(m.notes()).hasSizeGreaterThanOrEqualTo(13).allSatisfy(n -> {
            assertThat(n.source()).startsWith("threat-dragon: Demo Threat Model");
            assertThat(n.element()).isNotNull();
        });
        assertThat(m.notes()).anySatisfy(n -> {
            assertThat(n.title()).isEqualTo("Data flow should use HTTP/S");
            assertThat(n.severity()).isEqualTo("High");
            assertThat(n.status()).isEqualTo("Open");
            assertThat(n.text()).contains("Mitigation: The requests should require HTTP/S");
        });
    }

    @Test
    void threatDragonBoxesBecomeZonesByContainment() throws Exception {
        SystemModel m = read(Format.THREAT_DRAGON, PEERS.resolve("threat-dragon/renting-car.json")).model().model();
        long boxes = m.zones().stream().filter(z -> !z.id().startsWith("outside") && !z.id().startsWith("area")).count();
        assertThat(boxes).isEqualTo(3);
        assertThat(m.components().stream().map(Component::zone).distinct().count()).isGreaterThan(2);
    }

    @Test
    void otmNetworksBecomeNestedZonesAndOtherNestingKeepsTheAncestorsZoneAndANote() throws Exception {
        Imported imported = read(Format.OTM, PEERS.resolve("otm/startleft-cft_example.yaml"));
        SystemModel m = imported.model().model();
        // the VPC and its subnets, components in the file generated from CloudFormation, are networks
        assertThat(m.zones()).anySatisfy(z -> {
            assertThat(z.id()).isEqualTo("CustomVPC");
            assertThat(z.parent()).isEqualTo("Public-Cloud");
        });
        assertThat(m.zones()).anySatisfy(z -> {
            assertThat(z.id()).isEqualTo("PublicSubnet1");
            assertThat(z.kind()).isEqualTo("dmz");
            assertThat(z.parent()).isEqualTo("CustomVPC");
        });
        assertThat(m.components()).extracting(Component::id).doesNotContain("CustomVPC", "PrivateSubnet1", "PublicSubnet1");
        assertThat(m.components()).filteredOn(c -> c.id().equals("ServiceLB")).singleElement()
                .satisfies(c -> assertThat(c.zone()).isEqualTo("PrivateSubnet1"));
        // a task definition inside a service runs in the service's subnet, with a note
        assertThat(m.notes()).anySatisfy(n -> assertThat(n.title()).startsWith("Inside "));
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("is a network (zone CustomVPC)", "the flow is left out"));
    }

    @Test
    void anImplementedOtmMitigationThatNamesAControlBecomesOne() throws Exception {
        String otm = """
                {"otmVersion": "0.2.0", "project": {"name": "Shop", "id": "shop"},
                 "trustZones": [{"id": "internet", "name": "Internet", "type": "internet"}, {"id": "app", "name": "App", "type": "cloud"}],
                 "components": [{"id": "browser", "name": "Browser", "type": "web-client", "parent": {"trustZone": "internet"}},
                   {"id": "api", "name": "Shop API", "type": "web-service", "parent": {"trustZone": "app"},
                    "threats": [{"threat": "t1", "state": "exposed", "mitigations": [{"mitigation": "m1", "state": "implemented"},
                      {"mitigation": "m2", "state": "required"}]}]}],
                 "dataflows": [{"id": "req", "name": "Request", "source": "browser", "destination": "api"}],
                 "threats": [{"id": "t1", "name": "Brute force", "description": "Passwords are guessed", "risk": {"likelihood": 50, "impact": 80}}],
                 "mitigations": [{"id": "m1", "name": "Rate limit the login endpoint"}, {"id": "m2", "name": "Put a WAF in front"}]}
                """;
        SystemModel m = importer.read(Format.OTM, "shop.otm.json", otm.getBytes(StandardCharsets.UTF_8)).model().model();
        assertThat(m.controls()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("rate-limiting");
            assertThat(c.protects()).containsExactly("api");
        });
        assertThat(m.notes()).singleElement().satisfies(n -> {
            assertThat(n.element()).isEqualTo("api");
            assertThat(n.text()).contains("Passwords are guessed", "Mitigation (implemented): Rate limit", "Mitigation (required): Put a WAF");
            assertThat(n.severity()).isEqualTo("likelihood 50, impact 80");
        });
        assertThat(component(m, "api").exposure()).isEqualTo("internet");
    }

    @Test
    void exportToOtmAndBackKeepsTheModelAndItsFindings() throws Exception {
        var ws = TestWorkspace.get();
        for (Path example : List.of(Path.of("examples/shop.yaml"), Path.of("examples/fintech.yaml"), Path.of("examples/hr-saas.yaml"), MINIMAL)) {
            var loaded = ws.loader().load(example);
            SystemModel original = loaded.model();
            Analysis before = ws.analyzer().analyze(loaded, Severity.MEDIUM);
            List<OtmExporter.Threat> threats = before.findings().stream().map(f -> new OtmExporter.Threat(f.id(), f.title(), f.stride(), null,
                    original.components().stream().anyMatch(c -> c.id().equals(f.target())) ? f.target() : null,
                    f.risk().likelihood(), f.risk().impact(), f.mitigations(), f.applied())).toList();
            String otm = OtmExporter.export(importer.written(example.toString(), Files.readAllBytes(example)), original, threats, ws.kb());
            assertThat(otm).contains("\"threats\"", "\"mitigations\"", "\"riskReduction\"");
            Imported imported = importer.read(Format.OTM, "shop.otm.json", otm.getBytes(StandardCharsets.UTF_8));
            SystemModel back = imported.model().model();
            assertThat(back.components()).extracting(Component::id, Component::zone, Component::type, Component::exposure,
                    Component::authentication, Component::encryptedAtRest, Component::ownership, Component::attributes)
                    .containsExactlyElementsOf(original.components().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.zone(),
                            c.type(), c.exposure(), c.authentication(), c.encryptedAtRest(), c.ownership(), c.attributes())).toList());
            assertThat(back.flows()).extracting(DataFlow::id, DataFlow::from, DataFlow::to, DataFlow::protocol, DataFlow::encrypted,
                            DataFlow::authentication)
                    .containsExactlyElementsOf(original.flows().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.id(), f.from(), f.to(),
                            f.protocol(), f.encrypted(), f.authentication())).toList());
            assertThat(back.zones()).extracting(TrustZone::id, TrustZone::kind, TrustZone::parent, TrustZone::segmented)
                    .containsExactlyElementsOf(original.zones().stream()
                            .map(z -> org.assertj.core.groups.Tuple.tuple(z.id(), z.kind(), z.parent(), z.segmented())).toList());
            assertThat(back.principals()).isEqualTo(original.principals());
            assertThat(back.access()).isEqualTo(original.access());
            assertThat(back.practices()).isEqualTo(original.practices());
            assertThat(back.system().criticality()).isEqualTo(original.system().criticality());
            // the same model, so the same findings (the threats come back as notes, which rules do not read)
            Analysis after = ws.analyzer().analyze(imported.model(), Severity.MEDIUM);
            assertThat(after.findings()).extracting(dev.vigil.analysis.Finding::id)
                    .containsExactlyInAnyOrderElementsOf(before.findings().stream().map(dev.vigil.analysis.Finding::id).toList());
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        for (String f : List.of("threagile/threagile-example.yaml", "threat-dragon/cryptocurrency-wallet.json", "otm/mobile-cloud.otm.json")) {
            Format format = f.startsWith("threagile") ? Format.THREAGILE : f.startsWith("otm") ? Format.OTM : Format.THREAT_DRAGON;
            assertThat(read(format, PEERS.resolve(f)).yaml()).isEqualTo(read(format, PEERS.resolve(f)).yaml());
        }
    }

    @Test
    void sbomVulnerabilitiesLicencesAndClashingNames() throws Exception {
        String bom = """
                {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
                  {"bom-ref": "a", "type": "library", "name": "lodash", "version": "4.17.20", "purl": "pkg:npm/lodash@4.17.20",
                   "licenses": [{"license": {"id": "MIT"}}]},
                  {"bom-ref": "b", "type": "library", "name": "lodash", "version": "4.17.20", "purl": "pkg:npm/lodash@4.17.20"},
                  {"bom-ref": "c", "type": "library", "name": "app", "version": "1", "purl": "pkg:maven/x/app@1",
                   "licenses": [{"expression": "Apache-2.0 OR MIT"}]}],
                 "vulnerabilities": [{"id": "CVE-2021-23337", "affects": [{"ref": "a"}, {"ref": "zzz"}]}]}
                """;
        Path one = Path.of("src/test/resources/dev/vigil/importers/one-component.yaml");
        Imported imported = importer.mergeSbom("bom.json", bom.getBytes(StandardCharsets.UTF_8), one.toString(), Files.readAllBytes(one), null);
        List<Dependency> deps = imported.model().model().dependencies();
        assertThat(deps).extracting(Dependency::id).containsExactly("lodash-4.17.20", "lodash-4.17.20-2", "app-1");
        assertThat(deps.get(0).knownVulnerabilities()).containsExactly("CVE-2021-23337");
        assertThat(deps.get(0).licenses()).containsExactly("MIT");
        assertThat(deps.get(2).licenses()).containsExactly("Apache-2.0 OR MIT");
        assertThat(deps.get(2).ecosystem()).isEqualTo("maven");
        assertThat(deps).allSatisfy(d -> assertThat(d.usedBy()).containsExactly("api"));
        assertThat(imported.warnings()).anyMatch(w -> w.contains("'zzz' is not the bom-ref of a component"));
        assertThat(analyse(imported).findings()).anyMatch(f -> f.id().startsWith("dependencies-known-vulnerable@lodash-4.17.20"));
    }

    @Test
    void anSbomNeedsToKnowWhichComponentUsesIt() throws Exception {
        Path shop = Path.of("examples/shop.yaml");
        Path bom = PEERS.resolve("cyclonedx/laravel-7.12.0.bom.1.4.json");
        assertThatThrownBy(() -> importer.mergeSbom(bom.toString(), Files.readAllBytes(bom), shop.toString(), Files.readAllBytes(shop), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("say which one uses these packages with --component", "Components: ", "storefront"));
        assertThatThrownBy(() -> importer.mergeSbom(bom.toString(), Files.readAllBytes(bom), shop.toString(), Files.readAllBytes(shop), "storefrnt"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("no component 'storefrnt'", "Did you mean 'storefront'?"));
    }

    /** 5,000 packages; the measured time is in docs/benchmarks.md. The timeout only guards against a hang. */
    @Test
    @Timeout(120)
    void fiveThousandPackagesImportQuickly() throws Exception {
        StringBuilder bom = new StringBuilder("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [");
        for (int i = 0; i < 5000; i++) {
            bom.append(i == 0 ? "" : ",").append("{\"bom-ref\": \"r").append(i).append("\", \"type\": \"library\", \"name\": \"pkg")
                    .append(i % 2500).append("\", \"version\": \"1.0.").append(i % 7).append("\", \"purl\": \"pkg:npm/pkg").append(i % 2500)
                    .append("@1.0.").append(i % 7).append("\", \"licenses\": [{\"license\": {\"id\": \"MIT\"}}]}");
        }
        bom.append("], \"vulnerabilities\": [{\"id\": \"CVE-2024-0001\", \"affects\": [{\"ref\": \"r42\"}]}]}");
        byte[] bytes = bom.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Imported imported = importer.mergeSbom("big.json", bytes, MINIMAL.toString(), Files.readAllBytes(MINIMAL), "app");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("5,000-package SBOM imported in " + millis + " ms");
        assertThat(imported.model().model().dependencies()).hasSize(5000);
        assertThat(imported.model().model().dependencies().stream().map(Dependency::id).distinct()).hasSize(5000);
    }

    @Test
    void brokenInputIsRefusedWithWhereAndWhat() {
        assertThat(problem(Format.THREAT_DRAGON, "{\"summary\": {\"title\": \"x\"}, \"detail\": {\"diagrams\": [")).contains("t.json:1:").contains("syntax error");
        assertThat(problem(Format.OTM, "<?xml version=\"1.0\"?><bom/>")).contains("this is XML; vigil import reads an Open Threat Model (OTM) file as JSON or YAML");
        assertThat(problem(Format.THREAGILE, "")).contains("the file is empty").contains("expected a Threagile model");
        assertThat(problem(Format.OTM, "# only a comment\n")).contains("the file is empty");
        assertThat(problem(Format.OTM, "- a\n- list\n")).contains("this is a list, not an Open Threat Model (OTM) file; --from takes threagile,");
        assertThat(problem(Format.THREAGILE, "system: {id: s, name: S}\n")).contains("a Vigil model already");
        assertThat(problem(Format.THREAGILE, "{\"otmVersion\": \"0.2.0\"}")).contains("not a Threagile model; use --from otm");
        assertThat(problem(Format.THREAT_DRAGON, "{\"summary\": {}, \"detail\": {\"diagrams\": 7}}")).contains("detail.diagrams", "expected a list");
        assertThat(problem(Format.OTM, "{\"otmVersion\": \"0.2.0\", \"components\": [{\"id\": \"a\", \"parent\": {\"trustZone\": \"nope\"}}]}"))
                .contains("no trust zone with id 'nope' exists", "components[0].parent.trustZone");
    }

    @Test
    void threagileAliasBombsStopAtTheValueLimit() {
        StringBuilder yaml = new StringBuilder("threagile_version: 1.0.0\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 8; i++) {
            yaml.append((char) ('b' + i)).append(": &").append((char) ('b' + i)).append(" [")
                    .append(("*" + (char) ('a' + i) + ", ").repeat(10)).append("x]\n");
        }
        assertThat(problem(Format.THREAGILE, yaml.toString())).contains("more than 1000000 values in the file (aliases count");
    }

    private String problem(Format format, String text) {
        try {
            importer.read(format, "t.json", text.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            return e.problems().toString();
        }
        throw new AssertionError("accepted: " + text);
    }

    private static Component component(SystemModel m, String id) {
        return m.components().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
