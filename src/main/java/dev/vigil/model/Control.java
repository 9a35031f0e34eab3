package dev.vigil.model;

import java.util.List;

@Doc("An existing security control and what it protects.")
public record Control(
        @Required @Doc("Unique id.") String id,
        @Required @OneOf({"waf", "firewall", "edr", "dlp", "rate-limiting", "ddos-protection", "siem", "bastion", "vpn", "ids", "secrets-vault", "backup-vault", "email-filtering", "network-policy"})
        @Doc("Kind of control.") String type,
        @Doc("Ids of the components or zones it protects (a zone covers every component inside it, nested zones included); empty means the whole system.") List<String> protects) {

    /** True when the control covers the element (directly, or everything when protects is empty). */
    public boolean covers(String elementId) {
        return protects.isEmpty() || protects.contains(elementId);
    }
}
