package dev.vigil.model;

@Doc("Who has access to which component, with what privilege and how.")
public record AccessGrant(
        @Required @Doc("Id of the principal.") String principal,
        @Required @Doc("Id of the component.") String component,
        @Required @OneOf({"read", "write", "admin"}) @Doc("Privilege level.") String privilege,
        @OneOf({"internet", "vpn", "bastion", "internal", "console", "unknown"}) @Default("unknown")
        @Verify("Over which network path does {name} take place (internet, VPN, bastion, internal network, console)?")
        @Doc("Network path the access takes. Left out: unknown.") String path,
        @Verify("Is multi-factor authentication enforced on {name}?")
        @Doc("Multi-factor authentication is enforced on this access. Left out: unknown.") Boolean mfa,
        @Verify("Do several people share one account for {name}?")
        @Doc("Several people share one account. Left out: unknown.") Boolean sharedAccount,
        @Verify("Is {name} standing access that is never reviewed and never expires?")
        @Doc("Standing access that is never reviewed or expires (vendors, break-glass). Left out: unknown.") Boolean standing) {

    public boolean privileged() {
        return privilege.equals("admin");
    }
}
