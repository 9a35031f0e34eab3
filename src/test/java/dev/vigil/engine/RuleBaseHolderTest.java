package dev.vigil.engine;

import dev.vigil.TestWorkspace;
import dev.vigil.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBaseHolderTest {

    @TempDir
    Path dir;

    private static final String RULE = """
            package rules.t;
            import dev.vigil.model.*;
            import function dev.vigil.engine.Emit.derive;
            rule "Exposed" @id("t-exposed") @derives("KIND")
            when
                Component($id : id, exposure == "internet")
            then
                insertLogical(derive(drools, $id));
            end
            """;

    private RuleBaseHolder holder() throws Exception {
        Files.createDirectories(dir.resolve("t"));
        return new RuleBaseHolder(() -> new RuleBaseLoader(TestWorkspace.get().kb()).load(List.of(dir), TestWorkspace.KNOWLEDGE));
    }

    private static String derivedKind(RuleBase rb) throws Exception {
        Object c = new Component("c", null, "api-service", "z", "internet", "none", false, "cloud", "team", null, List.of(), List.of(), List.of());
        return new SessionRunner(rb, SessionLimits.DEFAULT).run(List.of(c)).all(dev.vigil.model.Derived.class).get(0).kind();
    }

    @Test
    void swapsValidVersionsAndKeepsTheOldOneWhenABuildFails() throws Exception {
        Files.createDirectories(dir.resolve("t"));
        try (RuleBaseHolder holder = holder()) {
            assertThat(holder.current()).isNull();
            Files.writeString(dir.resolve("t/r.drl"), RULE.replace("KIND", "first"));
            RuleBaseHolder.Reload first = holder.reloadAsync().get();
            assertThat(first.swapped()).isTrue();
            RuleBase v1 = holder.current();
            assertThat(derivedKind(v1)).isEqualTo("first");

            Files.writeString(dir.resolve("t/r.drl"), RULE.replace("KIND", "second").replace("exposure ==", "nosuchfield =="));
            RuleBaseHolder.Reload broken = holder.reloadAsync().get();
            assertThat(broken.swapped()).isFalse();
            assertThat(broken.errors()).anySatisfy(e -> assertThat(e).contains("t/r.drl:6"));
            assertThat(holder.lastErrors()).isEqualTo(broken.errors());
            assertThat(holder.current()).isSameAs(v1);

            Files.writeString(dir.resolve("t/r.drl"), RULE.replace("KIND", "second"));
            assertThat(holder.reloadAsync().get().swapped()).isTrue();
            assertThat(holder.lastErrors()).isEmpty();
            assertThat(holder.current().version()).isNotEqualTo(v1.version());
            assertThat(derivedKind(holder.current())).isEqualTo("second");
            assertThat(derivedKind(v1)).as("an analysis holding the old version keeps running on it").isEqualTo("first");
        }
    }
}
