package dev.vigil.cli;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the model leaves unknown is a question to verify, not a threat: listed apart, not counted,
 * and answered in the model it becomes a finding or goes away; --unknown-as risky counts it.
 */
class UnknownsTest {

    private static final String MODEL = """
            system: {id: shop, name: Shop}
            zones: [{id: prod, kind: internal, segmented: false}]
            data: [{id: carts, classification: confidential, categories: [personal]}]
            components:
              - {id: app, type: backend-service, zone: prod}
              - {id: redis, name: Redis cache, type: cache, zone: prod, stores: [carts] AUTH}
            flows: [{id: to-redis, from: app, to: redis, protocol: tcp}]
            """;

    private static Analysis analyse(Workspace ws, String auth) throws Exception {
        String yaml = MODEL.replace(" AUTH", auth == null ? "" : ", authentication: " + auth);
        return ws.analyzer().analyze(ws.loader().parse("m.yaml", yaml.getBytes(StandardCharsets.UTF_8)), Severity.LOW);
    }

    @Test
    void anUnknownIsAQuestionAnsweredItBecomesAFindingOrGoes() throws Exception {
        Workspace ws = TestWorkspace.get();
        Analysis unknown = analyse(ws, null);
        assertThat(unknown.finding("network-unauthenticated-store@redis")).isEmpty();
        Finding question = unknown.question("network-unauthenticated-store@redis").orElseThrow();
        assertThat(question.confirmed()).isFalse();
        assertThat(question.unknowns()).extracting(u -> u.kind() + ":" + u.element() + "." + u.field())
                .containsExactly("component:redis.authentication");
        // not counted: the total risk is the threats' alone
        assertThat(unknown.plan().totalRiskBefore()).isEqualTo(unknown.findings().stream().mapToInt(f -> f.risk().score()).sum());
        assertThat(unknown.plan().items()).noneMatch(p -> p.findings().contains(question.id()));

        Analysis none = analyse(ws, "none");
        assertThat(none.finding("network-unauthenticated-store@redis")).get()
                .satisfies(f -> assertThat(f.unknowns()).isEmpty()).satisfies(f -> assertThat(f.confirmed()).isTrue());
        assertThat(none.question("network-unauthenticated-store@redis")).isEmpty();
        // the plan's action is concrete: that store, that fix
        assertThat(none.plan().items()).anySatisfy(p -> {
            assertThat(p.element()).isEqualTo("redis");
            assertThat(p.action()).startsWith("Require authentication on Redis cache");
            assertThat(p.findings()).contains("network-unauthenticated-store@redis");
        });

        Analysis password = analyse(ws, "password");
        assertThat(password.finding("network-unauthenticated-store@redis")).isEmpty();
        assertThat(password.question("network-unauthenticated-store@redis")).isEmpty();

        Analysis audit = analyse(ws.unknownAsRisky(true), null);
        assertThat(audit.questions()).isEmpty();
        assertThat(audit.finding("network-unauthenticated-store@redis")).get()
                .satisfies(f -> assertThat(f.unknowns()).hasSize(1)).satisfies(f -> assertThat(f.confirmed()).isTrue());
    }

    @Test
    void theReportsAndTheSummarySayWhichModeWasUsed(@TempDir Path out) throws Exception {
        Path model = out.resolve("m.yaml");
        Files.writeString(model, MODEL.replace(" AUTH", ""));
        CliTest.Result plain = CliTest.vigil("analyze", model.toString(), "--out", out.toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("Questions to verify (", "How do callers authenticate to Redis cache?")
                .doesNotContain("AUDIT MODE");
        JsonNode json = dev.vigil.report.JsonReport.mapper().readTree(out.resolve("m.vigil.json").toFile());
        assertThat(json.path("summary").path("unknownAs").asString()).isEqualTo("question");
        java.util.List<String> answerIn = new java.util.ArrayList<>();
        json.path("verify").forEach(v -> answerIn.add(v.path("answerIn").asString()));
        assertThat(answerIn).contains("components[redis].authentication");
        assertThat(Files.readString(out.resolve("m.vigil.md"))).contains("## Questions to verify", "How do callers authenticate to Redis cache?", "components\\[redis\\].authentication");
        assertThat(Files.readString(out.resolve("m.vigil.html"))).contains("id=\"questions\"", "How do callers authenticate to Redis cache?");

        CliTest.Result risky = CliTest.vigil("analyze", model.toString(), "--out", out.toString(), "--unknown-as", "risky");
        assertThat(risky.exit()).as(risky.err()).isZero();
        assertThat(risky.out()).contains("AUDIT MODE (--unknown-as risky)").doesNotContain("Questions to verify (");
        json = dev.vigil.report.JsonReport.mapper().readTree(out.resolve("m.vigil.json").toFile());
        assertThat(json.path("summary").path("unknownAs").asString()).isEqualTo("risky");
        assertThat(json.path("questions").size()).isZero();
        assertThat(Files.readString(out.resolve("m.vigil.md"))).contains("Audit mode (`--unknown-as risky`)");

        CliTest.Result wrong = CliTest.vigil("analyze", model.toString(), "--out", out.toString(), "--unknown-as", "maybe");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--unknown-as: 'maybe' is not a mode; use question or risky").doesNotContain("Exception");
    }
}
