package dev.vigil.analysis;

/** One step of an attack scenario: the element the attacker acts on and the finding it exploits. */
public record Step(int number, String phase, String element, String elementKind, String via, String findingId,
                   String description) {
}
