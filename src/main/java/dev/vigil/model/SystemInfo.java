package dev.vigil.model;

import java.util.List;

@Doc("Scope: what the system is, who owns it and what the analysis covers.")
public record SystemInfo(
        @Required @Doc("Stable identifier of the system, used in reports and finding ids.") String id,
        @Required @Doc("Human-readable name.") String name,
        @Doc("Owning team or person.") String owner,
        @Doc("Business purpose in a sentence.") String purpose,
        @OneOf({"low", "medium", "high", "critical"}) @Default("medium")
        @Doc("Business criticality; raises the impact of threats to the system.") String criticality,
        @Doc("What the analysis covers.") List<String> inScope,
        @Doc("What the analysis deliberately leaves out.") List<String> outOfScope,
        @OneOf({"low", "medium", "high", "critical"})
        @Doc("Highest residual severity the owner accepts; overrides the command-line default.") String riskAppetite,
        @Verify("Does the model list every security control (WAF, firewall, EDR, DLP, SIEM, DDoS protection …) and safeguard (audit "
                + "logging, DMARC, physical access control …) the system has?")
        @Doc("true: the model lists every security control (controls:) and safeguard (attributes such as audit-logging, "
                + "dmarc-enforced, physical-access-controlled) in place, so one it does not list is absent; false or left out "
                + "(unknown): a finding that rests on a control or safeguard being absent is a question to verify, one per "
                + "control and element (\"Is Storefront behind a WAF?\").") Boolean controlsComplete,
        @OneOf({"waf", "firewall", "edr", "dlp", "egress-control", "rate-limiting", "ddos-protection", "siem", "bastion", "vpn-or-bastion",
                "secrets-vault", "email-filtering", "network-policy", "audit-logging", "audit-trail", "admin-alerting", "immutable-logs",
                "append-only", "dmarc-enforced", "physical-access-controlled", "privileged-access-workstation", "application-allowlisting",
                "untrusted-builds-isolated", "transfer-safeguards", "payment-verification", "replicated-offsite", "vpn", "ids", "backup-vault"})
        @Doc("Controls (any control type) and safeguards the description says the system does not have, anywhere (\"outbound traffic is not "
                + "filtered\": egress-control; \"no EDR\": edr), when the controls list is not complete: a finding that rests "
                + "on one of them being absent is then a finding, not a question.") List<String> absentControls) {
}
