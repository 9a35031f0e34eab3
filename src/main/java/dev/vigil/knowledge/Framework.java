package dev.vigil.knowledge;

/** The compliance frameworks a mitigation maps to, in report order, with their report key and title. */
public enum Framework {
    NIST_800_53("nist80053", "NIST SP 800-53 rev. 5"),
    ISO_27001("iso27001", "ISO/IEC 27001:2022 Annex A"),
    PCI_DSS("pciDss", "PCI DSS v4.0"),
    SOC_2("soc2", "SOC 2 Trust Services Criteria (2017, rev. 2022)");

    private final String key;
    private final String title;

    Framework(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The key in reports (JSON property names). */
    public String key() {
        return key;
    }

    /** The framework's name for readers. */
    public String title() {
        return title;
    }
}
