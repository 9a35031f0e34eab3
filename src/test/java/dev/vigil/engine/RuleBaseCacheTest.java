package dev.vigil.engine;

import dev.vigil.TestWorkspace;
import dev.vigil.model.Component;
import dev.vigil.model.Derived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cache of compiled rule bases: never stale, never broken by damage, concurrency or a bad folder. */
class RuleBaseCacheTest {

    private static final String RULE = """
            package rules.test;
            import dev.vigil.model.*;
            import function dev.vigil.engine.Emit.derive;

            rule "exposed" @id("t-exposed") @derives("%s")
            when
                $c : Component(exposure == "%s")
            then
                insertLogical(derive(drools, $c.id()));
            end
            """;

    @TempDir
    Path tmp;

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    private Path rules(String derives, String exposure) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("rules/t"));
        Files.writeString(dir.resolve("exposed.drl"), RULE.formatted(derives, exposure));
        return tmp.resolve("rules");
    }

    private RuleBaseCache cache() {
        return new RuleBaseCache(tmp.resolve("cache"), warnings::add).withoutSeeds();
    }

    private RuleBase load(RuleBaseCache cache) throws RuleBaseException {
        return new RuleBaseLoader(TestWorkspace.get().kb()).load(List.of(tmp.resolve("rules")), TestWorkspace.KNOWLEDGE, cache);
    }

    private static List<Derived> run(RuleBase rb) {
        Component partner = new Component("p", null, "api-service", "z", "partner", "none", false, "cloud", "team", null, List.of(), List.of(), List.of());
        Component internet = new Component("i", null, "api-service", "z", "internet", "none", false, "cloud", "team", null, List.of(), List.of(), List.of());
        try {
            return new SessionRunner(rb, SessionLimits.DEFAULT).run(List.of(partner, internet)).all(Derived.class);
        } catch (SessionLimitException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(tmp.resolve("cache"))) {
            return list.sorted().toList();
        }
    }

    @Test
    void anEditedRuleIsNeverServedFromTheCache() throws Exception {
        rules("partner-exposed", "partner");
        RuleBaseCache cache = cache();
        assertThat(run(load(cache))).containsExactly(new Derived("partner-exposed", "p", "t-exposed"));
        assertThat(run(load(cache))).containsExactly(new Derived("partner-exposed", "p", "t-exposed"));
        assertThat(cache.hits()).isEqualTo(1);

        rules("internet-exposed", "internet");
        assertThat(run(load(cache))).as("the edit is seen").containsExactly(new Derived("internet-exposed", "i", "t-exposed"));
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(entries()).hasSize(2);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDamagedEntryIsRebuiltWithAWarning() throws Exception {
        rules("partner-exposed", "partner");
        load(cache());
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        for (byte[] damage : List.of(new byte[0], "not a zip".getBytes(), java.util.Arrays.copyOf(whole, whole.length / 2))) {
            Files.write(entry, damage);
            RuleBaseCache cache = cache();
            assertThat(run(load(cache))).containsExactly(new Derived("partner-exposed", "p", "t-exposed"));
            assertThat(cache.hits()).isZero();
        }
        assertThat(warnings).hasSize(3).allMatch(w -> w.contains("is damaged") && w.contains("compiling the rules again"));
        RuleBaseCache after = cache();
        load(after);
        assertThat(after.hits()).as("the rewritten entry serves").isEqualTo(1);
        assertThat(warnings).hasSize(3);
    }

    @Test
    void twoLoadsAtOnceShareTheCacheSafely() throws Exception {
        rules("partner-exposed", "partner");
        List<CompletableFuture<List<Derived>>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return run(load(cache()));
                } catch (RuleBaseException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (var r : runs) {
            assertThat(r.get(120, TimeUnit.SECONDS)).containsExactly(new Derived("partner-exposed", "p", "t-exposed"));
        }
        assertThat(entries()).as("one entry, no temporary files left").hasSize(1).allMatch(p -> p.toString().endsWith(".kjar"));
        RuleBaseCache after = cache();
        load(after);
        assertThat(after.hits()).isEqualTo(1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void twoProcessesAtOnceShareTheCacheSafely() throws Exception {
        rules("partner-exposed", "partner");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.vigil.cli.Main",
                    "rules", "compile", "--rules", tmp.resolve("rules").toString(), "--rule-cache", tmp.resolve("cache").toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("out" + i + ".txt").toFile()).start());
        }
        for (int i = 0; i < processes.size(); i++) {
            assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(processes.get(i).exitValue()).as(Files.readString(tmp.resolve("out" + i + ".txt"))).isZero();
            assertThat(Files.readString(tmp.resolve("out" + i + ".txt"))).contains("1 rules, rule base sha256:");
        }
        assertThat(entries()).hasSize(1).allMatch(p -> p.toString().endsWith(".kjar"));
        RuleBaseCache after = cache();
        assertThat(run(load(after))).containsExactly(new Derived("partner-exposed", "p", "t-exposed"));
        assertThat(after.hits()).isEqualTo(1);
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsTheCache() throws Exception {
        rules("partner-exposed", "partner");
        Files.writeString(tmp.resolve("cache"), "a file where the folder should be");
        RuleBaseCache cache = cache();
        assertThat(run(load(cache))).containsExactly(new Derived("partner-exposed", "p", "t-exposed"));
        assertThat(warnings).singleElement().asString().contains("is a file, not a folder").contains("the next start compiles again");
    }

    @Test
    void ruleErrorsNameTheRuleFileNotGeneratedCode() throws Exception {
        rules("partner-exposed", "partner");
        Path file = tmp.resolve("rules/t/exposed.drl");
        Files.writeString(file, Files.readString(file).replace("exposure ==", "exposur =="));
        assertThatThrownBy(() -> load(cache())).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("t/exposed.drl:7").hasMessageNotContaining(".java");
        assertThat(Files.exists(tmp.resolve("cache"))).as("nothing stored").isFalse();
    }

    @Test
    void oldEntriesArePrunedAndKeepOnlyLeavesOne() throws Exception {
        RuleBaseCache cache = cache();
        RuleBase last = null;
        for (int i = 0; i <= RuleBaseCache.KEEP; i++) {
            rules("partner-exposed", "partner\" || exposure == \"v" + i);
            last = load(cache);
        }
        assertThat(entries()).hasSize(RuleBaseCache.KEEP);
        cache.keepOnly(last);
        assertThat(entries()).hasSize(1);
        RuleBaseCache after = cache();
        load(after);
        assertThat(after.hits()).as("the one kept is the last").isEqualTo(1);
    }
}
