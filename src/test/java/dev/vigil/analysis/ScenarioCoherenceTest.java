package dev.vigil.analysis;

import dev.vigil.TestWorkspace;
import dev.vigil.batch.ModelGenerator;
import dev.vigil.knowledge.ThreatDef;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Attack steps make sense: each cites only a finding that enables its kind of step. */
class ScenarioCoherenceTest {

    private static final Set<String> KINDS = Set.of("initial-access", "credential-access", "privilege-escalation", "lateral-movement",
            "collection", "exfiltration", "impact");

    private static Analysis analyse(String yaml) throws Exception {
        var ws = TestWorkspace.get();
        return ws.analyzer().analyze(ws.loader().parse("m.yaml", yaml.getBytes(StandardCharsets.UTF_8)), Severity.LOW);
    }

    @Test
    void everyStepCitesOnlyAFindingThatEnablesItsKind() throws Exception {
        var ws = TestWorkspace.get();
        List<Analysis> all = new ArrayList<>();
        try (var examples = Files.list(Path.of("examples"))) {
            for (Path p : examples.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(ws.analyzer().analyze(ws.loader().load(p), Severity.LOW));
            }
        }
        all.add(analyse(new ModelGenerator(120, 400, 8, 11).generate("gen")));
        int steps = 0;
        for (Analysis a : all) {
            for (Scenario s : a.scenarios()) {
                assertThat(s.steps().get(0).phase()).as(s.id()).isEqualTo("initial-access");
                assertThat(s.steps().get(0).findingId()).as(s.id() + ": an entry point needs a finding that lets someone in").isNotNull();
                for (Step st : s.steps()) {
                    steps++;
                    assertThat(st.phase()).as(s.id()).isIn(KINDS);
                    if (st.findingId() != null) {
                        ThreatDef t = ws.kb().threat(st.threatId());
                        boolean enables = t.enables().contains(st.phase())
                                || st.phase().equals("exfiltration") && t.enables().contains("collection")
                                || st.phase().equals("lateral-movement") && t.enables().contains("initial-access");
                        assertThat(enables).as(s.id() + " step " + st.number() + " (" + st.phase() + ") cites " + st.findingId()
                                + " whose threat enables " + t.enables()).isTrue();
                        assertThat(t.enables()).as("availability and monitoring findings open no door").isNotEmpty();
                    }
                }
                for (String gap : s.unnoticed()) {
                    Finding f = a.finding(gap).orElseThrow();
                    assertThat(ws.kb().threat(f.threatId()).enables()).contains("evades-detection");
                }
            }
        }
        assertThat(steps).isGreaterThan(50);
    }

    private static final String SHOP = """
            system: {id: s, name: S, criticality: high}
            zones: [{id: dmz, kind: dmz, segmented: true}, {id: prod, kind: internal, segmented: true}]
            data: [{id: orders, classification: confidential, categories: [personal]}, {id: keys, classification: restricted, categories: [secrets]}]
            components:
              - {id: web, type: web-application, zone: dmz, exposure: internet, attributes: [builds-queries]}
              - {id: db, type: relational-database, zone: prod, stores: [orders]}
              - {id: kms, type: key-management-service, zone: prod, stores: [keys]}
            flows:
              - {id: f1, from: web, to: db, protocol: sql, encrypted: true, authentication: password}
              - {id: f2, from: web, to: kms, protocol: https, authentication: token}
            principals: [{id: analysts, name: Analysts, kind: employee, headcount: 30}]
            access: [{principal: analysts, component: db, privilege: read, path: vpn, mfa: false}]
            practices: {phishing_training: none, BACKUPS}
            """;

    @Test
    void ransomwareIsAScenarioWhateverTheBackupsTheyLowerItsImpact() throws Exception {
        Analysis online = analyse(SHOP.replace("BACKUPS", "backups: {frequency: daily, offline: false, immutable: false, restore_tested: false}"));
        Analysis offline = analyse(SHOP.replace("BACKUPS", "backups: {frequency: daily, offline: true, immutable: true, restore_tested: true}"));
        Scenario a = online.scenarios().stream().filter(s -> s.id().equals("ransomware:web->db")).findFirst().orElseThrow();
        Scenario b = offline.scenarios().stream().filter(s -> s.id().equals("ransomware:web->db")).findFirst().orElseThrow();
        assertThat(b.risk().impact()).isLessThan(a.risk().impact());
        assertThat(b.factors()).anySatisfy(f -> assertThat(f.reason()).startsWith("an offline or immutable backup copy limits the loss"));
        assertThat(b.factors()).anySatisfy(f -> assertThat(f.reason()).startsWith("a tested restore"));
        assertThat(offline.finding("backups-not-offline@db")).isEmpty();
    }

    @Test
    void readOnlyAccessNeverEncryptsAndKeysInAKeyServiceAreNoTheftTarget() throws Exception {
        Analysis a = analyse(SHOP.replace("BACKUPS", "backups: {frequency: daily}"));
        // the analysts are phished (no training) but hold read-only access: no path starts from them over that grant
        assertThat(a.scenarios()).noneMatch(s -> s.kind().equals("ransomware") && s.steps().get(0).element().equals("analysts"));
        assertThat(a.scenarios()).noneMatch(s -> s.id().endsWith("->kms"));
    }

    @Test
    void oneActorAppearingAsPeopleAComponentAndADependencyIsOneAttacker() throws Exception {
        Analysis a = analyse("""
                system: {id: s, name: S}
                zones: [{id: prod, kind: internal, segmented: true}]
                data: [{id: orders, classification: confidential}]
                components:
                  - {id: app, type: api-service, zone: prod}
                  - {id: db, type: relational-database, zone: prod, stores: [orders]}
                flows: [{id: f1, from: app, to: db, protocol: sql, encrypted: true, authentication: password}]
                principals: [{id: acme-staff, name: Acme, kind: vendor}]
                access: [{principal: acme-staff, component: app, privilege: admin, path: internet, mfa: false}]
                dependencies: [{id: acme-sdk, name: Acme, kind: library, used_by: [app], known_vulnerabilities: [CVE-2024-1]}]
                practices: {backups: {frequency: daily}}
                """);
        // the vendor's staff and its SDK are both "Acme": one attacker, its best path only (the exposed app is another way in)
        List<Scenario> fromAcme = a.scenarios().stream().filter(s -> s.kind().equals("ransomware") && s.id().endsWith("->db")
                && Set.of("acme-staff", "acme-sdk").contains(s.steps().get(0).element())).toList();
        assertThat(fromAcme).hasSize(1);
    }
}
