package dev.vigil.model;

@Doc("How the team works. Absent practices are reported as unknown, not assumed good.")
public record Practices(
        @OneOf({"none", "onboarding", "annual", "quarterly", "continuous", "unknown"}) @Default("unknown")
        @Doc("Security awareness and phishing training.") String phishingTraining,
        @OneOf({"none", "admins", "all", "unknown"}) @Default("unknown") @Doc("Who must use MFA.") String mfa,
        @OneOf({"none", "basic", "strong", "unknown"}) @Default("unknown")
        @Doc("Password rules where passwords are used: none (anything goes), basic (short minimum or composition rules only), strong (at least 12 characters and screening against breached and common passwords, NIST SP 800-63B).") String passwordPolicy,
        @OneOf({"none", "optional", "required", "unknown"}) @Default("unknown") @Doc("Code review before merge.") String codeReview,
        @OneOf({"in-repository", "env-files", "ci-secrets", "vault", "unknown"}) @Default("unknown") @Doc("Where secrets are kept.") String secrets,
        @Default("-1") @Doc("Days within which critical patches are applied; -1 when unknown.") int patchingSlaDays,
        @Doc("Backups.") Backups backups,
        @OneOf({"none", "local", "centralized", "unknown"}) @Default("unknown") @Doc("Security logging.") String logging,
        @OneOf({"none", "alerts", "siem", "soc", "unknown"}) @Default("unknown") @Doc("Who watches the logs.") String monitoring,
        @OneOf({"none", "manual", "automated", "unknown"}) @Default("unknown") @Doc("Removing access when people leave.") String offboarding,
        @OneOf({"none", "annual", "quarterly", "unknown"}) @Default("unknown") @Doc("Reviews of who has access.") String accessReviews,
        @OneOf({"none", "informal", "documented", "tested", "unknown"}) @Default("unknown") @Doc("Incident response.") String incidentResponse,
        @OneOf({"none", "manual", "automated", "unknown"}) @Default("unknown") @Doc("Dependency and vulnerability scanning.") String dependencyScanning,
        @Doc("Protected branches: no direct pushes, required checks. Left out: unknown.") Boolean branchProtection,
        @Doc("Build artifacts are signed and verified before deploy. Left out: unknown.") Boolean signedArtifacts,
        @Doc("Secret scanning on commits. Left out: unknown.") Boolean secretScanning) {
}
