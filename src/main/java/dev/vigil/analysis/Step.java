package dev.vigil.analysis;

/**
 * One step of an attack scenario: its kind ({@code phase}: an id of knowledge-base/steps, such as
 * initial-access, lateral-movement or exfiltration), the element the attacker acts on, the link that
 * got them there ({@code via}), the finding it exploits with its threat (one whose threat enables
 * that kind of step, or none), and the ATT&CK technique of the step.
 */
public record Step(int number, String phase, String element, String elementKind, String via, String findingId,
                   String threatId, String technique, String description) {
}
