package dev.vigil.model;

/**
 * Something another tool or a person recorded about the system that Vigil keeps but does not
 * reason about: a threat found in Threat Dragon, an OTM mitigation, a component hierarchy. Notes
 * are not rule facts; the analysis never reads them.
 */
@Doc("A remark kept with the model but not analysed: a threat or mitigation recorded by another tool (kept by vigil import), "
        + "or anything the team wants to keep beside the facts. Rules never see notes.")
public record Note(
        @Doc("Id of the element the note is about; omit it for the whole system.") String element,
        @Required @Doc("Short title.") String title,
        @Doc("The text of the note.") String text,
        @Doc("Where it came from, e.g. \"threat-dragon: Demo Threat Model\" or a person.") String source,
        @Doc("Status as the source states it, e.g. Open, Mitigated, implemented.") String status,
        @Doc("Severity as the source states it, e.g. High; Vigil does not score it.") String severity) {
}
