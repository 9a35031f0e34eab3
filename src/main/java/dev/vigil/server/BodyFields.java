package dev.vigil.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fields of a JSON request body, checked strictly: fields the server sets itself (ids, team,
 * owner, who and when) are ignored with a log entry — a client may send back what it read — and
 * any other unknown field is refused with the allowed ones, so a typo is never silently dropped.
 */
final class BodyFields {

    private static final Logger LOG = LoggerFactory.getLogger(BodyFields.class);
    private static final Set<String> SERVER_SET = Set.of("id", "team", "teamId", "owner", "acceptedBy", "createdBy", "createdAt",
            "updatedBy", "updatedAt", "revokedBy", "revokedAt", "signedBy", "signedAt", "status", "version");

    private BodyFields() {
    }

    /** Checks the body is an object with only these fields (and server-set ones); returns the ignored ones. */
    static List<String> check(Caller caller, JsonNode body, Set<String> allowed) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object with " + allowed.stream().sorted().toList());
        }
        List<String> ignored = new ArrayList<>();
        for (String name : body.propertyNames()) {
            if (SERVER_SET.contains(name)) {
                ignored.add(name);
            } else if (!allowed.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "'; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        if (!ignored.isEmpty()) {
            LOG.warn("{} of team {} sent fields the server sets itself; ignored: {}", caller.name(), caller.team(), ignored);
        }
        return ignored;
    }

    /** The optional note of a sign-off body ({"note": "…"}, at most 4000 characters); null without one. */
    static String note(Caller caller, JsonNode body) {
        if (body == null) {
            return null;
        }
        check(caller, body, Set.of("note"));
        JsonNode n = body.get("note");
        if (n != null && !n.isNull() && (!n.isString() || n.asString().length() > 4000)) {
            throw ApiException.badRequest("'note' must be a string of at most 4000 characters");
        }
        return n == null || n.isNull() ? null : n.asString();
    }
}
