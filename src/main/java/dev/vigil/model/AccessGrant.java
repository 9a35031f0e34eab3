package dev.vigil.model;

@Doc("Who has access to which component, with what privilege and how.")
public record AccessGrant(
        @Required @Doc("Id of the principal.") String principal,
        @Required @Doc("Id of the component.") String component,
        @Required @OneOf({"read", "write", "admin"}) @Doc("Privilege level.") String privilege,
        @Required @OneOf({"internet", "vpn", "bastion", "internal", "console"})
        @Doc("Network path the access takes.") String path,
        @Default("false") @Doc("Multi-factor authentication is enforced on this access.") boolean mfa,
        @Default("false") @Doc("Several people share one account.") boolean sharedAccount,
        @Default("false") @Doc("Standing access that is never reviewed or expires (vendors, break-glass).") boolean standing) {

    public boolean privileged() {
        return privilege.equals("admin");
    }
}
