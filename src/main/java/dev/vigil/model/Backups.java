package dev.vigil.model;

@Doc("How data is backed up.")
public record Backups(
        @OneOf({"none", "monthly", "weekly", "daily", "continuous", "unknown"}) @Default("unknown")
        @Verify("How often are backups taken?")
        @Doc("How often; unknown when not stated.") String frequency,
        @Verify("Is a backup copy kept offline, or in another account that production credentials cannot reach?")
        @Doc("A copy is kept offline or in another account that production credentials cannot reach. Left out: unknown.") Boolean offline,
        @Verify("Are the backups immutable (object lock, WORM)?")
        @Doc("Backups are immutable (object lock, WORM). Left out: unknown.") Boolean immutable,
        @Verify("Was a restore from backup tested in the last year?")
        @Doc("A restore was tested in the last year. Left out: unknown.") Boolean restoreTested) {
}
