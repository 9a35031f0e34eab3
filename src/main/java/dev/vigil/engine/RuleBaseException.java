package dev.vigil.engine;

import java.util.List;

/** The rules cannot be used; every message names the real file and line. */
public final class RuleBaseException extends Exception {

    private final transient List<String> messages;

    public RuleBaseException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
