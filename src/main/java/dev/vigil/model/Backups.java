package dev.vigil.model;

@Doc("How data is backed up.")
public record Backups(
        @OneOf({"none", "monthly", "weekly", "daily", "continuous", "unknown"}) @Default("unknown") @Doc("How often; unknown when not stated.") String frequency,
        @Default("false") @Doc("A copy is kept offline or in another account that production credentials cannot reach.") boolean offline,
        @Default("false") @Doc("Backups are immutable (object lock, WORM).") boolean immutable,
        @Default("false") @Doc("A restore was tested in the last year.") boolean restoreTested) {
}
