package dev.vigil.server;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** A request the API refuses, with the status and a detail that says what is wrong and what is allowed. */
final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> properties;

    ApiException(HttpStatus status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    ApiException(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", "no " + what + " with id '" + id + "' exists for your team");
    }

    /** Nothing that needs rules can be served while no valid rule base is loaded. */
    static ApiException noRuleBase() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "No rule base",
                "no valid rule base is loaded, so nothing can be analysed; GET /api/rules/version shows the errors");
    }

    static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
