package dev.vigil.knowledge;

import dev.vigil.model.Default;
import dev.vigil.model.Doc;
import dev.vigil.model.OneOf;
import dev.vigil.model.Required;

import java.util.List;

@Doc("A threat in the catalog: the long texts and mappings that rules refer to by id.")
public record ThreatDef(
        @Required @Doc("Stable id that rules name in @threatId.") String id,
        @Required @Doc("Short title.") String title,
        @Required @Doc("What the threat is and how it plays out.") String description,
        @Required @OneOf({"internal", "external"}) @Doc("Where the attacker is.") String source,
        @Required @OneOf({"spoofing", "tampering", "repudiation", "information-disclosure", "denial-of-service", "elevation-of-privilege"})
        @Doc("STRIDE category.") String stride,
        @Doc("CWE ids, e.g. CWE-89.") List<String> cwe,
        @Doc("CAPEC ids, e.g. CAPEC-66.") List<String> capec,
        @Doc("MITRE ATT&CK technique ids, e.g. T1190.") List<String> attack,
        @Required @Doc("Default likelihood 1-5 before model facts adjust it.") int likelihood,
        @Required @Doc("Default impact 1-5 before model facts adjust it.") int impact,
        @Required @dev.vigil.model.Vocabulary("steps")
        @Doc("The attack steps (knowledge-base/steps) a finding of this threat lets an attacker take on its element; "
                + "empty for threats that open no door (availability, privacy, process). A scenario's step cites a finding "
                + "only when its threat enables that step.") List<String> enables,
        @Required @Doc("Ids of mitigations that address the threat.") List<String> mitigations,
        @Doc("Among the mitigations, those that remove the very weakness the threat's rules look for (MFA where a grant has none, "
                + "TLS on a cleartext flow, authentication on an open store): done, the finding's likelihood drops to 1.") List<String> fixes,
        @Doc("Further reading (URLs).") List<String> references,
        @Default("") @Doc("Rule family, for grouping in reports.") String family) {
}
