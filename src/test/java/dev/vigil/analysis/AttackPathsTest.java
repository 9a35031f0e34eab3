package dev.vigil.analysis;

import dev.vigil.TestWorkspace;
import dev.vigil.batch.ModelGenerator;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.LoadedModel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AttackPathsTest {

    /** An internet-facing web tier three hops from a customer database, in segmented zones. */
    private static final String CHAIN = """
            system: {id: chain, name: Chain}
            zones: [{id: dmz, kind: dmz, segmented: true}, {id: prod, kind: internal, segmented: true}]
            data: [{id: customers, classification: confidential, categories: [personal]}]
            components:
              - {id: web, type: web-application, zone: dmz, exposure: internet, attributes: [accepts-file-uploads]}
              - {id: api, type: api-service, zone: prod}
              - {id: worker, type: backend-service, zone: prod}
              - {id: db, type: relational-database, zone: prod, stores: [customers]}
            flows:
              - {id: f1, from: web, to: api, protocol: https}
              - {id: f2, from: api, to: worker, protocol: grpc}
              - {id: f3, from: worker, to: db, protocol: sql}
            CONTROLS
            practices: {backups: {frequency: daily}}
            """;

    @Test
    void theBoundsKeepTheBestPathsPerTargetAndInAllAndCountTheRest() throws Exception {
        LoadedModel model = generated();
        Analysis all = analyze(model, new ScenarioLimits(6, 1000, 100_000));
        Analysis bounded = analyze(model, new ScenarioLimits(6, 2, 5));

        assertThat(all.scenariosTruncated().total()).isZero();
        assertThat(bounded.scenarios()).hasSize(5);
        Map<String, Long> perTarget = bounded.scenarios().stream()
                .collect(Collectors.groupingBy(s -> s.steps().get(s.steps().size() - 1).element(), Collectors.counting()));
        assertThat(perTarget.values()).allMatch(n -> n <= 2);
        ScenarioTruncation left = bounded.scenariosTruncated();
        assertThat(bounded.scenarios().size() + left.byTargetLimit() + left.byTotalLimit()).isEqualTo(all.scenarios().size());
        // the ones kept are the riskiest there are
        assertThat(bounded.scenarios().get(0).risk().score()).isEqualTo(all.scenarios().get(0).risk().score());
    }

    @Test
    void pathsAreTheSameOnEveryRun() throws Exception {
        LoadedModel model = generated();
        assertThat(analyze(model, ScenarioLimits.DEFAULT).scenarios()).isEqualTo(analyze(model, ScenarioLimits.DEFAULT).scenarios());
    }

    @Test
    void aTargetBeyondTheDepthLimitIsReportedNotLaidOut() throws Exception {
        LoadedModel model = chain("");
        Analysis deep = analyze(model, ScenarioLimits.DEFAULT);
        Analysis shallow = analyze(model, new ScenarioLimits(2, 10, 50));

        Scenario fromWeb = byId(deep).get("ransomware:web->db");
        assertThat(fromWeb.steps()).extracting(Step::element).containsExactly("web", "api", "worker", "db");
        assertThat(byId(shallow)).doesNotContainKey("ransomware:web->db");
        assertThat(shallow.scenariosTruncated().beyondDepth()).isPositive();
    }

    @Test
    void aFirewallOnTheWayMakesThePathLessLikelyAndSaysWhy() throws Exception {
        Scenario open = byId(analyze(chain(""), ScenarioLimits.DEFAULT)).get("ransomware:web->db");
        Scenario guarded = byId(analyze(chain("controls: [{id: fw, type: firewall, protects: [worker]}]"), ScenarioLimits.DEFAULT))
                .get("ransomware:web->db");

        assertThat(guarded.risk().likelihood()).isEqualTo(open.risk().likelihood() - 1);
        assertThat(guarded.factors()).anySatisfy(f -> assertThat(f.reason()).startsWith("step api → worker: a firewall"));
        assertThat(guarded.steps().get(2).description()).contains("a harder step");
    }

    @Test
    void everyStepNamesItsElementAndAnAttackTechnique() throws Exception {
        for (Scenario s : analyze(generated(), ScenarioLimits.DEFAULT).scenarios()) {
            assertThat(s.steps()).allSatisfy(step -> {
                assertThat(step.element()).isNotBlank();
                assertThat(step.technique()).as(s.id() + " step " + step.number()).matches("T\\d{4}(\\.\\d{3})?");
                assertThat(step.threatId() == null).isEqualTo(step.findingId() == null);
            });
        }
    }

    @Test
    void theBoundedSearchKeepsWhatSearchingEveryEntryPointInFullKeeps() throws Exception {
        List<ScenarioLimits> limits = List.of(ScenarioLimits.DEFAULT, new ScenarioLimits(6, 2, 5), new ScenarioLimits(3, 1, 7),
                new ScenarioLimits(6, 10, 0), new ScenarioLimits(4, 3, 400), new ScenarioLimits(1, 10, 50));
        int searched = 0;
        int inFull = 0;
        for (ModelGenerator generator : List.of(new ModelGenerator(60, 180, 6, 7), new ModelGenerator(150, 600, 8, 3),
                new ModelGenerator(300, 1500, 12, 1))) {
            LoadedModel model = parse("gen.yaml", generator.generate("gen"));
            ScenarioInputs inputs = ScenarioInputs.of(TestWorkspace.get(), model, Severity.LOW);
            for (ScenarioLimits l : limits) {
                ScenarioBuilder.Result[] results = {inputs.build(l, false), inputs.build(l, true)};
                String what = model.model().facts().size() + " facts, " + l;
                assertThat(results[1].scenarios()).as(what).isEqualTo(results[0].scenarios());
                assertThat(results[1].truncated()).as(what).isEqualTo(results[0].truncated());
                searched += results[1].entriesSearched();
                inFull += results[0].entriesSearched();
                assertThat(results[1].scenarios().size()).isLessThanOrEqualTo(l.maxScenarios());
            }
        }
        assertThat(searched).as("entry points searched, of " + inFull).isLessThan(inFull / 3);
    }

    private static LoadedModel generated() throws Exception {
        return parse("gen.yaml", new ModelGenerator(60, 180, 6, 7).generate("gen"));
    }

    private static LoadedModel chain(String controls) throws Exception {
        return parse("chain.yaml", CHAIN.replace("CONTROLS", controls));
    }

    private static LoadedModel parse(String name, String yaml) throws Exception {
        return TestWorkspace.get().loader().parse(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Analysis analyze(LoadedModel model, ScenarioLimits limits) throws Exception {
        Workspace ws = TestWorkspace.get();
        return new Analyzer(ws.rules(), ws.kb(), SessionLimits.DEFAULT, limits).analyze(model, Severity.LOW);
    }

    private static Map<String, Scenario> byId(Analysis a) {
        return a.scenarios().stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
    }
}
