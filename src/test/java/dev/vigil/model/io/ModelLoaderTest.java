package dev.vigil.model.io;

import dev.vigil.TestWorkspace;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ModelLoaderTest {

    private static final String VALID = """
            system: {id: s, name: S}
            zones:
              - {id: dmz, kind: dmz}
              - {id: prod, kind: internal, parent: dmz}
            components:
              - {id: web, type: web-application, zone: dmz, exposure: internet}
              - {id: db, type: relational-database, zone: prod, stores: [pii]}
            data:
              - {id: pii, classification: confidential, categories: [personal]}
            flows:
              - {id: f1, from: web, to: db, protocol: sql, encrypted: true}
            """;

    private static List<Problem> problems(String yaml) {
        return problems(yaml, Limits.DEFAULT);
    }

    private static List<Problem> problems(String yaml, Limits limits) {
        ModelLoader loader = new ModelLoader(TestWorkspace.get().kb(), limits);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> loader.parse("m.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("expected the model to be rejected").isNotNull();
        return e.problems();
    }

    private static String messages(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::toString).toList());
    }

    @Test
    void validModelLoadsWithTypeAttributesAndPositions() throws Exception {
        ModelLoader loader = new ModelLoader(TestWorkspace.get().kb(), Limits.DEFAULT);
        LoadedModel m = loader.parse("m.yaml", VALID.getBytes(StandardCharsets.UTF_8));
        assertThat(m.model().components().get(1).attributes()).contains("database", "stores-data");
        assertThat(m.positionOf("db").line()).isEqualTo(7);
        assertThat(m.model().practices().phishingTraining()).isEqualTo("unknown");
    }

    @Test
    void jsonModelsLoadToo() throws Exception {
        String json = """
                {"system": {"id": "s", "name": "S"}, "zones": [{"id": "z", "kind": "internal"}],
                 "components": [{"id": "c", "type": "api-service", "zone": "z"}]}
                """;
        LoadedModel m = new ModelLoader(TestWorkspace.get().kb(), Limits.DEFAULT).parse("m.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(m.model().components()).hasSize(1);
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        List<Problem> p = problems("system: {id: s, name: S\nzones: [\n");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isPositive();
        assertThat(p.get(0).message()).startsWith("syntax error");
    }

    @Test
    void reportsAllProblemsAtOnceWithLocations() {
        String yaml = """
                system: {id: s, name: S}
                zones:
                  - {id: prod, kind: internl}
                components:
                  - {id: web, type: web-aplication, zone: prod, exposre: internet}
                  - {id: web, type: api-service, zone: nowhere, encrypted_at_rest: "yes"}
                flows:
                  - {id: f1, from: web, to: db, protocol: sql}
                """;
        List<Problem> p = problems(yaml);
        String all = messages(p);
        assertThat(all)
                .contains("m.yaml:3:22: 'internl' is not an allowed value. Did you mean 'internal'? Allowed: cloud, dmz, endpoint")
                .contains("m.yaml:5:21: 'web-aplication' is not an allowed value. Did you mean 'web-application'?")
                .contains("m.yaml:5:49: unknown field 'exposre'. Did you mean 'exposure'?")
                .contains("m.yaml:6:68: expected true, false or unknown, got the quoted text \"yes\"")
                .contains("duplicate id 'web'")
                .contains("no zone with id 'nowhere' exists")
                .contains("m.yaml:8:29: no component with id 'db' exists");
        assertThat(p).allSatisfy(x -> assertThat(x.line()).isPositive());
    }

    @Test
    void missingRequiredFieldsAndWrongShapes() {
        String all = messages(problems("""
                system: {name: S}
                components: {id: x}
                principals:
                  - {id: p, kind: admin, headcount: many}
                """));
        assertThat(all).contains("missing required field 'id'")
                .contains("components: expected a list, got a mapping".replace("components: ", ""))
                .contains("expected a whole number up to 2147483647, got 'many'");
    }

    @Test
    void unknownsNameAnExistingElementOrNothing() {
        String all = messages(problems("""
                system: {id: s, name: S}
                components:
                  - {id: db, type: database}
                unknowns:
                  - {question: Is the database encrypted?, about: dbx}
                  - {question: Who can sign in?, about: s}
                  - {about: db}
                """));
        assertThat(all).contains("m.yaml:5:51: no model element with id 'dbx' exists. Did you mean 'db'?")
                .contains("m.yaml:3:5: missing required field 'zone'") // and no crash checking the zone it lacks
                .contains("missing required field 'question'")
                .doesNotContain("'s'");
    }

    @Test
    void elementsMayNotReuseTheSystemId() {
        assertThat(messages(problems(VALID.replace("{id: dmz, kind: dmz}", "{id: s, kind: dmz}").replace("zone: dmz", "zone: s"))))
                .contains("duplicate id 's', already used by a system");
    }

    @Test
    void zoneCyclesAreNamed() {
        String all = messages(problems("""
                system: {id: s, name: S}
                zones:
                  - {id: a, kind: internal, parent: b}
                  - {id: b, kind: internal, parent: a}
                """));
        assertThat(all).contains("zone 'a' is nested inside itself: a → b → a");
    }

    @Test
    void referencesOfTheWrongKindAreExplained() {
        String all = messages(problems(VALID + "access:\n  - {principal: web, component: db, privilege: read, path: vpn}\n"));
        assertThat(all).contains("'web' is a component, but a principal is expected here");
    }

    @Test
    void anchorsAliasesTagsAndDuplicateKeysAreRejected() {
        assertThat(messages(problems("system: &s {id: s, name: S}\n"))).contains("m.yaml:1:9: YAML anchors (&s) are not allowed");
        assertThat(messages(problems("a: [1]\nb: *a\n"))).contains("YAML aliases");
        assertThat(messages(problems("system: !!javax.script.ScriptEngineManager {id: s, name: S}\n"))).contains("YAML tags");
        assertThat(messages(problems("system: {id: s, name: S}\nsystem: {id: t, name: T}\n")))
                .contains("m.yaml:2:1: duplicate key 'system' (first at line 1)");
    }

    @Test
    void sizeAndDepthLimits() {
        assertThat(messages(problems("system: {id: s, name: S}\n", new Limits(10, 64, 1000, 1000))))
                .contains("over the limit of 10 bytes");
        String deep = "a: " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(messages(problems(deep))).contains("nesting is deeper than the limit of 64 levels");
    }

    @Test
    void aModelWithMoreElementsThanTheLimitIsRefusedBeforeAnalysis() {
        String big = new dev.vigil.batch.ModelGenerator(30, 60, 4, 1).generate("big");
        assertThat(messages(problems(big, new Limits(Limits.DEFAULT.maxBytes(), 64, 1_000_000, 50))))
                .contains("over the limit of 50 (raise it with --max-elements");
        org.assertj.core.api.Assertions.assertThatCode(() -> new ModelLoader(TestWorkspace.get().kb(), Limits.DEFAULT)
                .parse("m.yaml", big.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }

    @Test
    void yaml11BooleansAreNotBooleans() {
        assertThat(messages(problems(VALID.replace("encrypted: true", "encrypted: yes"))))
                .contains("expected true, false or unknown, got 'yes'");
    }

    @Test
    void leftOutOrSaidOutrightUnknownIsUnknownNeverFalseOrNone() throws Exception {
        ModelLoader loader = new ModelLoader(TestWorkspace.get().kb(), Limits.DEFAULT);
        var m = loader.parse("m.yaml", (VALID.replace("kind: internal, parent: dmz}", "kind: internal, parent: dmz, segmented: unknown}") + """
                principals: [{id: ops, kind: admin}]
                access:
                  - {principal: ops, component: db, privilege: admin, mfa: unknown}
                practices: {patching_sla_days: none, backups: {offline: false}}
                """).getBytes(StandardCharsets.UTF_8)).model();
        var db = m.components().get(1);
        assertThat(db.authentication()).isEqualTo("unknown");
        assertThat(db.encryptedAtRest()).isNull();
        assertThat(db.exposure()).isEqualTo("unknown");
        assertThat(db.hosting()).isEqualTo("unknown");
        assertThat(db.ownership()).isEqualTo("team");
        assertThat(m.zones().get(1).segmented()).isNull();
        assertThat(m.zones().get(0).segmented()).isNull();
        assertThat(m.access().get(0).mfa()).isNull();
        assertThat(m.access().get(0).path()).isEqualTo("unknown");
        assertThat(m.access().get(0).standing()).isNull();
        assertThat(m.practices().patchingSlaDays()).isEqualTo(9999);
        assertThat(m.practices().backups().offline()).isFalse();
        assertThat(m.practices().backups().immutable()).isNull();
        // the protocol says it: sql leaves encryption unknown, http is cleartext, https encrypted
        var flows = loader.parse("m.yaml", VALID.replace("protocol: sql, encrypted: true}", "protocol: sql}\n  - {id: f2, from: web, to: db, "
                + "protocol: http}\n  - {id: f3, from: web, to: db, protocol: https}").getBytes(StandardCharsets.UTF_8)).model().flows();
        assertThat(flows).extracting(dev.vigil.model.DataFlow::encrypted).containsExactly(null, false, true);
        assertThat(messages(problems(VALID + "practices: {patching_sla_days: never}\n")))
                .contains("expected a whole number up to 2147483647 or one of unknown, none, got 'never'");
    }

    @Test
    void notUtf8IsRefused() {
        ModelLoader loader = new ModelLoader(TestWorkspace.get().kb(), Limits.DEFAULT);
        assertThatThrownBy(() -> loader.parse("m.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void assumptionsNameAThreatRuleAnExistingTargetAndAReasonWithTheirLines() {
        var rules = TestWorkspace.get().rules().rules();
        java.util.Set<String> threatRules = new java.util.TreeSet<>();
        rules.stream().filter(r -> r.threat() != null).forEach(r -> threatRules.add(r.id()));
        String real = threatRules.iterator().next();
        String typo = real.substring(0, real.length() - 1) + "q";
        String derived = rules.stream().filter(r -> r.threat() == null).findFirst().orElseThrow().id();
        ModelLoader loader = TestWorkspace.get().loader(); // knows the rule base
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> loader.parse("m.yaml", (VALID + """
                assumptions:
                  - {rule: %s, target: web, reason: r}
                  - {rule: %s, target: dbx, reason: r}
                  - {rule: %s, target: db}
                  - {rule: %s, target: "*", reason: r}
                  - {rule: %s, target: web, reason: ""}
                  - {rule: %s, target: db, reason: again, by: Dana}
                """.formatted(typo, real, real, derived, real, real)).getBytes(StandardCharsets.UTF_8)));
        assertThat(e).isNotNull();
        assertThat(messages(e.problems()))
                .contains("m.yaml:13:12: no rule with id '" + typo + "' exists. Did you mean '" + Names.closest(typo, threatRules) + "'?");
        assertThat(lineOf(e.problems(), "no model element with id 'dbx' exists. Did you mean 'db'?")).isEqualTo(14);
        assertThat(lineOf(e.problems(), "missing required field 'reason'")).isEqualTo(15);
        assertThat(lineOf(e.problems(), "rule '" + derived + "' derives facts and raises no threat")).isEqualTo(16);
        assertThat(lineOf(e.problems(), "the reason is empty")).isEqualTo(17);
        assertThat(lineOf(e.problems(), "duplicate assumption for rule '" + real + "' on 'db' (first at line 15)")).isEqualTo(18);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).startsWith("m.yaml:" + p.line() + ":"));
        assertThat(Names.closest(typo, threatRules)).isEqualTo(real);
    }

    private static int lineOf(List<Problem> problems, String text) {
        return problems.stream().filter(p -> p.message().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem says: " + text + "\n" + messages(problems))).line();
    }

    @Test
    void withoutTheRuleBaseAssumptionsStillNeedAnExistingTarget() {
        String all = messages(problems(VALID + "assumptions:\n  - {rule: any-rule, target: webb, reason: r}\n"));
        assertThat(all).contains("m.yaml:13:").contains("no model element with id 'webb' exists. Did you mean 'web'?")
                .doesNotContain("any-rule");
    }
}
