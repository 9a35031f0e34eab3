package dev.vigil.analysis;

import dev.vigil.TestWorkspace;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan never recommends what is in place, is concrete about elements, and mitigations lower only what they address. */
class InPlaceAndPlanTest {

    private static final String MODEL = """
            system: {id: s, name: S, controls_complete: true}
            zones: [{id: dmz, kind: dmz, segmented: true}, {id: prod, kind: internal, segmented: true}]
            data: [{id: pii, classification: restricted, categories: [personal]}]
            components:
              - {id: shop, name: Shop, type: web-application, zone: dmz, exposure: internet, authentication: sso, attributes: [builds-queries]}
              - {id: blog, name: Blog, type: web-application, zone: dmz, exposure: internet, authentication: sso}
              - {id: db, name: Customer DB, type: relational-database, zone: prod, stores: [pii], encrypted_at_rest: true, authentication: password}
            flows: [{id: f1, from: shop, to: db, protocol: sql, encrypted: true, authentication: password}]
            principals:
              - {id: ops, name: Operations, kind: admin, headcount: 3}
              - {id: devs, name: Developers, kind: developer, headcount: 8}
            access:
              - {principal: ops, component: db, privilege: admin, path: bastion, mfa: true}
              - {principal: devs, component: shop, privilege: admin, path: vpn, mfa: false}
            controls: [{id: waf, type: waf, protects: [shop]}]
            practices: {phishing_training: none, monitoring: none}
            """;

    private static Analysis analyse() throws Exception {
        var ws = TestWorkspace.get();
        return ws.analyzer().analyze(ws.loader().parse("m.yaml", MODEL.getBytes(StandardCharsets.UTF_8)), Severity.LOW);
    }

    @Test
    void whatIsInPlaceLowersTheFindingAndIsNeverRecommendedForItsElement() throws Exception {
        Analysis a = analyse();
        Finding opsPhish = a.finding("phishing-untrained-staff@ops").orElseThrow();
        assertThat(opsPhish.applied()).contains("enforce-mfa");
        assertThat(opsPhish.factors()).anySatisfy(f -> assertThat(f.reason()).startsWith("in place: every grant the model gives them has MFA"));
        assertThat(a.plan().items()).noneMatch(p -> p.mitigationId().equals("enforce-mfa") && "ops".equals(p.element()));
        // the developers have no MFA: the same mitigation is a concrete action for them
        assertThat(a.plan().items()).anySatisfy(p -> {
            assertThat(p.mitigationId()).isEqualTo("enforce-mfa");
            assertThat(p.element()).isEqualTo("devs");
            assertThat(p.action()).isEqualTo("Require MFA on every sign-in of Developers");
        });
    }

    @Test
    void aFindingSaysWhereItsControlIsInPlaceButDoesNotCoverIt() throws Exception {
        Analysis a = analyse();
        Finding blog = a.finding("web-no-waf@blog").orElseThrow();
        assertThat(blog.notes()).containsExactly("Put a WAF in front of web applications is in place for Shop, but not for Blog.");
        assertThat(a.finding("web-no-waf@shop")).isEmpty();
    }

    @Test
    void encryptionAtRestDoesNotLowerBulkTheftThroughTheApplication() throws Exception {
        Analysis a = analyse();
        Finding exfil = a.finding("exfiltration-no-egress-control@db").orElseThrow();
        assertThat(exfil.mitigations()).doesNotContain("encrypt-at-rest");
        assertThat(exfil.factors()).noneMatch(f -> f.reason().contains("encrypt-at-rest") || f.reason().contains("encrypted at rest"));
    }

    @Test
    void furtherMitigationsOnAFactorAlreadyLoweredCountOneStepEach() {
        var kb = TestWorkspace.get().kb();
        Risk r = new Risk(5, 4);
        Risk afterMfa = Lowering.apply(kb, "phishing", r, kb.mitigation("enforce-mfa"), java.util.List.of());
        assertThat(afterMfa.likelihood()).isEqualTo(3); // the first lowers by its full 2 steps
        Risk afterBoth = Lowering.apply(kb, "phishing", afterMfa, kb.mitigation("security-awareness-training"), java.util.List.of("enforce-mfa"));
        assertThat(afterBoth.likelihood()).isEqualTo(2); // one step more, at most
        Risk afterThree = Lowering.apply(kb, "phishing", afterBoth, kb.mitigation("phishing-simulation"),
                java.util.List.of("enforce-mfa", "security-awareness-training"));
        assertThat(afterThree.likelihood()).isEqualTo(1);
        // a mitigation that lowers impact only is not held back by one that lowered likelihood
        assertThat(Lowering.apply(kb, "ransomware", afterMfa, kb.mitigation("offline-immutable-backups"), java.util.List.of("enforce-mfa")).impact())
                .isEqualTo(2);
    }

    @Test
    void theFixForTheWeaknessItselfDropsTheLikelihoodToOne() {
        var kb = TestWorkspace.get().kb();
        Risk open = new Risk(4, 4);
        // authentication on the open store removes the weakness; a firewall in front only makes it harder
        assertThat(Lowering.apply(kb, "unauthenticated-store-access", open, kb.mitigation("service-authentication"), java.util.List.of("deny-by-default-firewall")))
                .isEqualTo(new Risk(1, 4));
        assertThat(Lowering.apply(kb, "unauthenticated-store-access", open, kb.mitigation("deny-by-default-firewall"), java.util.List.of()))
                .isEqualTo(new Risk(3, 4));
    }

    @Test
    void aControlOnAZonesHostsIsNotPartOfTheZonesOwnFinding() throws Exception {
        var ws = TestWorkspace.get();
        String model = """
                system: {id: s, name: S}
                zones: [{id: flat, name: Office network, kind: internal, segmented: false}]
                data: [{id: files, classification: confidential}]
                components:
                  - {id: pcs, type: workstation, zone: flat}
                  - {id: server, type: file-server, zone: flat, stores: [files]}
                controls: [{id: edge-fw, type: firewall, protects: [flat]}]
                """;
        Analysis a = ws.analyzer().analyze(ws.loader().parse("m.yaml", model.getBytes(StandardCharsets.UTF_8)), Severity.LOW);
        Finding flat = a.finding("network-flat-zone@flat").orElseThrow();
        // the perimeter firewall is in place on the hosts inside, which says nothing of movement between them
        assertThat(flat.notes()).isEmpty();
        assertThat(flat.applied()).doesNotContain("deny-by-default-firewall");
    }
}
