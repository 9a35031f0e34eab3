package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptanceAndDiffTest {

    @TempDir
    Path dir;

    private Path model() throws Exception {
        Path m = dir.resolve("guestbook.yaml");
        Files.copy(Path.of("examples/minimal.yaml"), m);
        return m;
    }

    @Test
    void acceptedFindingsAreReportedApartAndDoNotTripTheGate() throws Exception {
        Path m = model();
        Files.writeString(dir.resolve("acceptances.yaml"), """
                acceptances:
                  - finding: "*@app"
                    justification: The guestbook is retired in December
                    accepted_by: Dana (CISO)
                    ticket: RISK-7
                    expires: 2027-01-31
                  - finding: "*@db"
                    justification: compensating control
                    accepted_by: Dana (CISO)
                    expires: 2026-01-31
                  - finding: "web-xss@nowhere"
                    justification: old
                    accepted_by: Dana (CISO)
                    expires: 2027-01-31
                  - finding: "phishing-*"
                    justification: training booked
                    accepted_by: Dana (CISO)
                    expires: 2027-01-31
                """);
        Path out = dir.resolve("out");
        CliTest.Result r = CliTest.vigil("analyze", m.toString(), "--out", out.toString(), "--today", "2026-11-29", "--fail-on", "high");
        assertThat(r.err()).contains("acceptance of '*@db' expired on 2026-01-31; active again", "acceptance of 'web-xss@nowhere' matches no finding");
        assertThat(r.exit()).as("the expired *@db acceptance leaves high findings active").isEqualTo(3);
        String json = Files.readString(out.resolve("guestbook.vigil.json"));
        assertThat(json).contains("\"accepted\" : {", "\"acceptedBy\" : \"Dana (CISO)\"", "\"ticket\" : \"RISK-7\"", "\"asOf\" : \"2026-11-29\"");
        assertThat(Files.readString(out.resolve("guestbook.vigil.md"))).contains("## Accepted risks", "accepted by Dana (CISO) until 2027-01-31",
                "Expired on 2026-01-31, active again");
        String report = out.resolve("guestbook.vigil.json").toString();
        assertThat(CliTest.vigil("diff", report, report, "--today", "2026-11-29").out())
                .contains("Acceptances expired (1):", "*@db expired on 2026-01-31 (accepted by Dana (CISO))");
        assertThat(CliTest.vigil("diff", report, report, "--today", "2026-11-29", "--format", "md").out())
                .contains("**Acceptances that have expired**", "expired on 2026-01-31: `");

        Files.writeString(dir.resolve("acceptances.yaml"), Files.readString(dir.resolve("acceptances.yaml")).replace("2026-01-31", "2027-01-31")
                + "  - {finding: \"*\", justification: all of it until the rebuild, accepted_by: Dana (CISO), expires: 2027-01-31}\n");
        CliTest.Result accepted = CliTest.vigil("analyze", m.toString(), "--out", out.toString(), "--today", "2026-11-29", "--fail-on", "high", "-q");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
    }

    @Test
    void assumptionsTakeFindingsOutAndOneThatMatchesNothingIsAWarning() throws Exception {
        Path m = model();
        Path out = dir.resolve("out");
        CliTest.Result plain = CliTest.vigil("analyze", m.toString(), "--out", out.toString(), "-q");
        assertThat(plain.exit()).as(plain.err()).isZero();
        var first = dev.vigil.report.JsonReport.mapper().readTree(out.resolve("guestbook.vigil.json").toFile()).path("findings").get(0);
        String rule = first.path("rule").asString();
        String target = first.path("target").asString();
        String other = target.equals("app") ? "webteam" : "app";
        Files.writeString(m, Files.readString(m) + """
                assumptions:
                  - {rule: %s, target: %s, reason: checked by the team}
                  - {rule: %s, target: %s, reason: belt and braces}
                """.formatted(rule, target, rule, other));
        CliTest.Result r = CliTest.vigil("analyze", m.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Not applicable (assumptions): " + rule + "@" + target);
        assertThat(r.err()).contains("warning: " + m + ": the assumption that rule '" + rule + "' does not apply to '" + other
                + "' excludes nothing");
        assertThat(Files.readString(out.resolve("guestbook.vigil.json"))).doesNotContain("\"id\" : \"" + rule + "@" + target + "\"");
        CliTest.Result why = CliTest.vigil("explain", rule + "@" + target, m.toString());
        assertThat(why.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(why.err()).contains("is not a finding: the model assumes rule '" + rule + "' does not apply there (checked by the team)");
    }

    @Test
    void badAcceptancesAreRefusedWithTheirLine() throws Exception {
        Path m = model();
        Files.writeString(dir.resolve("acceptances.yaml"), "acceptances:\n  - {finding: x, justification: y, accepted_by: z, expires: next week}\n");
        CliTest.Result r = CliTest.vigil("analyze", m.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("acceptances.yaml:2:61: 'next week' is not a date; write YYYY-MM-DD");
    }

    @Test
    void diffBetweenTwoReviews() throws Exception {
        Path before = model();
        Path after = dir.resolve("after.yaml");
        Files.writeString(after, Files.readString(before)
                .replace("exposure: internet, attributes: [builds-queries]", "exposure: internet, authentication: sso")
                .replace("phishing_training: none", "phishing_training: quarterly"));
        Path out = dir.resolve("out");
        assertThat(CliTest.vigil("analyze", before.toString(), "--out", out.toString(), "-q").exit()).isZero();
        CliTest.Result r = CliTest.vigil("diff", out.resolve("guestbook.vigil.json").toString(), after.toString(), "--today", "2026-11-29");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Resolved (", "web-query-injection@app", "phishing-untrained-staff@webteam", "Changed (");
        CliTest.Result md = CliTest.vigil("diff", after.toString(), before.toString(), "--format", "md", "--fail-on-new", "high");
        assertThat(md.exit()).isEqualTo(3);
        assertThat(md.out()).contains("### Vigil threat model: Guestbook", "**New findings**", "`web-query-injection@app`", "**Fix plan**");
    }
}
