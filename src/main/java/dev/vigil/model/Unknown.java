package dev.vigil.model;

@Doc("Something the team does not know about its system: a gap to close. Write the rest of the model pessimistically "
        + "where it is unknown (for example, not encrypted); the analysis reports every gap.")
public record Unknown(
        @Required @Doc("What is not known, as a question.") String question,
        @Doc("Id of the element it is about; omit it for the whole system.") String about) {
}
