package dev.vigil.model.io;

import java.util.List;

/** Thrown when an input file has problems; carries all of them. */
public final class InvalidInputException extends Exception {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
