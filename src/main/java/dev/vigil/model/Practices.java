package dev.vigil.model;

@Doc("How the team works. Absent practices are unknown, not assumed good or bad.")
public record Practices(
        @OneOf({"none", "onboarding", "annual", "quarterly", "continuous", "unknown"}) @Default("unknown")
        @Verify("How often are people trained against phishing?")
        @Doc("Security awareness and phishing training: none; onboarding (only when people join, as stated); annual; quarterly; "
                + "continuous (ongoing simulations). People trained at an unstated frequency: leave it out (unknown).") String phishingTraining,
        @OneOf({"none", "admins", "all", "unknown"}) @Default("unknown") @Verify("Who must use MFA: nobody, administrators or everyone?")
        @Doc("Who must use MFA.") String mfa,
        @OneOf({"none", "basic", "strong", "unknown"}) @Default("unknown") @Verify("What password policy applies where passwords are used?")
        @Doc("Password rules where passwords are used: none (anything goes), basic (short minimum or composition rules only), strong (at least 12 characters and screening against breached and common passwords, NIST SP 800-63B).") String passwordPolicy,
        @OneOf({"none", "optional", "required", "unknown"}) @Default("unknown") @Verify("Is a code review required before merge?")
        @Doc("Code review before merge.") String codeReview,
        @OneOf({"in-repository", "encrypted-in-repository", "env-files", "ci-secrets", "vault", "unknown"}) @Default("unknown") @Verify("Where are secrets kept?")
        @Doc("Where secrets are kept: in-repository (in plain text), encrypted-in-repository (committed encrypted with SOPS, "
                + "git-crypt, dotgpg or sealed secrets, readable only with the decryption key), env-files, ci-secrets or vault.") String secrets,
        @Default("-1") @Words({"unknown=-1", "none=9999"}) @Verify("Within how many days are critical patches applied?")
        @Doc("Days within which critical patches are applied; none when there is no patching commitment at all; unknown (or -1, "
                + "or left out) when not known.") int patchingSlaDays,
        @Doc("Backups.") Backups backups,
        @OneOf({"none", "local", "centralized", "unknown"}) @Default("unknown") @Verify("Are security logs collected centrally?")
        @Doc("Security logging.") String logging,
        @OneOf({"none", "alerts", "siem", "soc", "unknown"}) @Default("unknown") @Verify("Who watches the security logs and alerts?")
        @Doc("Who watches the logs.") String monitoring,
        @OneOf({"none", "manual", "automated", "unknown"}) @Default("unknown") @Verify("How is access removed when people leave?")
        @Doc("Removing access when people leave.") String offboarding,
        @OneOf({"none", "annual", "quarterly", "unknown"}) @Default("unknown") @Verify("How often do owners review who has access?")
        @Doc("Reviews of who has access.") String accessReviews,
        @OneOf({"none", "informal", "documented", "tested", "unknown"}) @Default("unknown")
        @Verify("Is there a documented and tested incident response plan?")
        @Doc("Incident response.") String incidentResponse,
        @OneOf({"none", "manual", "automated", "unknown"}) @Default("unknown") @Verify("Are dependencies scanned for known vulnerabilities?")
        @Doc("Dependency and vulnerability scanning.") String dependencyScanning,
        @Verify("Are the main branches protected (no direct pushes, required checks)?")
        @Doc("Protected branches: no direct pushes, required checks. Left out: unknown.") Boolean branchProtection,
        @Verify("Are build artifacts signed and verified before deploy?")
        @Doc("Build artifacts are signed and verified before deploy. Left out: unknown.") Boolean signedArtifacts,
        @Verify("Are commits scanned for secrets?")
        @Doc("Secret scanning on commits. Left out: unknown.") Boolean secretScanning) {
}
