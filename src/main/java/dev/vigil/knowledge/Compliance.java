package dev.vigil.knowledge;

import dev.vigil.model.Doc;
import dev.vigil.model.Required;

import java.util.List;

@Doc("Compliance controls a mitigation implements.")
public record Compliance(
        @Required @Doc("NIST SP 800-53 rev5 control ids, e.g. IA-2(1).") List<String> nist80053,
        @Required @Doc("ISO/IEC 27001:2022 Annex A control ids, e.g. A.8.5.") List<String> iso27001,
        @Required @Doc("PCI DSS v4.0 requirement ids, e.g. 8.4.2.") List<String> pciDss,
        @Required @Doc("SOC 2 Trust Services Criteria (2017, revised 2022), e.g. CC6.1.") List<String> soc2) {

    /** The controls of one framework. */
    public List<String> controls(Framework framework) {
        return switch (framework) {
            case NIST_800_53 -> nist80053;
            case ISO_27001 -> iso27001;
            case PCI_DSS -> pciDss;
            case SOC_2 -> soc2;
        };
    }
}
