package dev.vigil.engine;

/** A session hit its firing cap or time budget; the message names the rules that fired most. */
public final class SessionLimitException extends Exception {

    public SessionLimitException(String message) {
        super(message);
    }
}
