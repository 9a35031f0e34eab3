package dev.vigil.engine;

import dev.vigil.TestWorkspace;
import dev.vigil.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBaseLoaderTest {

    private static final String HEADER = """
            package rules.test;
            import dev.vigil.model.*;
            import function dev.vigil.engine.Emit.raise;
            import function dev.vigil.engine.Emit.derive;
            """;

    @TempDir
    Path dir;

    private RuleBase load(String drl) throws IOException, RuleBaseException {
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("t/topic.drl"), HEADER + drl);
        return new RuleBaseLoader(TestWorkspace.get().kb()).load(List.of(dir), TestWorkspace.KNOWLEDGE);
    }

    @Test
    void aPackIsNamedByItsFolderWhereverItLies() throws Exception {
        List<RulePack> packs = new java.util.ArrayList<>();
        for (String checkout : List.of("one", "two/deeper")) {
            Path pack = Files.createDirectories(dir.resolve(checkout).resolve("team/t"));
            Files.writeString(pack.resolve("topic.drl"), HEADER + "rule \"r\" @id(\"t-r\") @derives(\"x\") when Component() then end\n");
            packs.addAll(new RuleBaseLoader(TestWorkspace.get().kb()).load(List.of(dir.resolve(checkout).resolve("team")),
                    TestWorkspace.KNOWLEDGE).packs());
        }
        assertThat(packs).hasSize(2).allSatisfy(p -> assertThat(p.name()).isEqualTo("team"));
        assertThat(packs.get(0)).isEqualTo(packs.get(1)); // same files, same version: the same report from either
    }

    @Test
    void compileErrorsNameTheRealFileAndLine() {
        assertThatThrownBy(() -> load("""
                rule "broken" @id("t-broken") @derives("x")
                when
                    Component(nosuchfield == 1)
                then
                end
                """)).isInstanceOf(RuleBaseException.class).hasMessageContaining("t/topic.drl:7");
    }

    @Test
    void metadataIsChecked() {
        assertThatThrownBy(() -> load("""
                rule "no id" @derives("x") when Component() then end
                rule "two" @id("t-two") when Component() then end
                rule "bad threat" @id("t-bad") @threatId("no-such-threat") @stride("spoofing") @source("external") when Component() then end
                rule "wrong stride" @id("t-stride") @threatId("phishing") @stride("tampering") @source("external") when Component() then end
                rule "dup" @id("t-stride") @derives("x") when Component() then end
                rule "risk" @id("t-risk") @derives("risk") when Component() then end
                rule "trap" @id("t-trap") @derives("x") @threat("phishing") when Component() then end
                """)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("t/topic.drl:5: rule 'no id' has no @id")
                .hasMessageContaining("rule 't-two' must have exactly one of @threatId")
                .hasMessageContaining("@threatId 'no-such-threat' is not in knowledge-base/threats")
                .hasMessageContaining("says @stride('tampering') but catalog threat phishing says 'spoofing'")
                .hasMessageContaining("@id 't-stride' is already used at")
                .hasMessageContaining("risk rule 't-risk' needs a @reason")
                .hasMessageContaining("metadata @threat has the name of a fact type");
    }

    @Test
    void loopingRulesHitTheFiringCapAndAreNamed() throws Exception {
        RuleBase rb = load("""
                rule "ping" @id("t-ping") @derives("x")
                when
                    $c : Component()
                then
                    insertLogical(new Derived("x", $c.id() + Math.random(), "t-ping"));
                end
                """);
        SessionRunner runner = new SessionRunner(rb, new SessionLimits(500, Duration.ofSeconds(30)));
        Object c = new Component("c", null, "api-service", "z", "internal", "none", false, "cloud", "team", null, List.of(), List.of(), List.of());
        assertThat(runner.run(List.of(c)).firings()).isEqualTo(1);
        RuleBase loop = load("""
                rule "ping" @id("t-ping") @derives("x")
                when
                    $d : Derived(kind == "x")
                then
                    insertLogical(new Derived("x", $d.subject() + "+", "t-ping"));
                end
                rule "seed" @id("t-seed") @derives("x")
                when Component($id : id) then insertLogical(new Derived("x", $id, "t-seed"));
                end
                """);
        assertThatThrownBy(() -> new SessionRunner(loop, new SessionLimits(500, Duration.ofSeconds(30))).run(List.of(c)))
                .isInstanceOf(SessionLimitException.class)
                .hasMessageContaining("firing cap of 500")
                .hasMessageContaining("busiest rules: t-ping (fired ");
        assertThatThrownBy(() -> new SessionRunner(loop, new SessionLimits(Integer.MAX_VALUE, Duration.ofMillis(200))).run(List.of(c)))
                .isInstanceOf(SessionLimitException.class)
                .hasMessageContaining("time budget")
                .hasMessageContaining("slowest rules: t-ping (")
                .hasMessageContaining("t-ping");
        // the rule base survives: the next session on it runs to the end
        assertThat(new SessionRunner(loop, new SessionLimits(500, Duration.ofSeconds(30))).run(List.of()).firings()).isZero();
    }

    @Test
    void aModifyPingPongIsRefusedBeforeItCanRun() {
        // the classic loop: two rules flipping one fact back and forth; facts are records and rules may
        // only add facts with insertLogical, so the linter refuses it, naming the file, line and rule
        assertThatThrownBy(() -> load("""
                rule "ping" @id("t-ping") @derives("x")
                when
                    $d : Derived(kind == "ping")
                then
                    modify($d) { setKind("pong") }
                end
                rule "pong" @id("t-pong") @derives("x")
                when
                    $d : Derived(kind == "pong")
                then
                    modify($d) { setKind("ping") }
                end
                """)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("t/topic.drl:")
                .hasMessageContaining("rule 'ping' calls 'modify(…)'")
                .hasMessageContaining("insertLogical");
    }

    private void writeExposureTable(String field) throws IOException {
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("t/exposure.drl.csv"), """
                RuleSet,rules.table
                Import,"dev.vigil.model.*, dev.vigil.engine.Emit"
                RuleTable Exposure
                NAME,METADATA,METADATA,CONDITION,ACTION
                ,,,$c : Component,
                ,"id(\"\"$param\"\")","derives(\"\"$param\"\")","%s == \"\"$param\"\"","insertLogical(Emit.derive(drools, $c.id()));"
                Name,Id,Derives,Exposure,Derive
                Partner exposure,table-partner,partner-exposed,partner,X
                """.formatted(field));
    }

    @Test
    void decisionTablesLoadBesideDrl() throws Exception {
        writeExposureTable("exposure");
        RuleBase rb = new RuleBaseLoader(TestWorkspace.get().kb()).load(List.of(dir), TestWorkspace.KNOWLEDGE);
        assertThat(rb.rule("table-partner")).isNotNull();
        Object c = new Component("p", null, "api-service", "z", "partner", "none", false, "cloud", "team", null, List.of(), List.of(), List.of());
        SessionResult r = new SessionRunner(rb, SessionLimits.DEFAULT).run(List.of(c));
        assertThat(r.all(dev.vigil.model.Derived.class)).containsExactly(new dev.vigil.model.Derived("partner-exposed", "p", "table-partner"));
    }

    @Test
    void decisionTableErrorsPointAtTheSpreadsheetRowAndColumn() throws Exception {
        writeExposureTable("exposur");
        assertThatThrownBy(() -> new RuleBaseLoader(TestWorkspace.get().kb()).load(List.of(dir), TestWorkspace.KNOWLEDGE))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("t/exposure.drl.csv: row 8, column D: ")
                .hasMessageContaining("exposur");
    }
}
