package dev.vigil.server;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accepted risks of the caller's team. Analyses posted afterwards take the acceptances in force
 * (not revoked, not expired, for that system or for all of the team's systems); stored analyses
 * keep what held when they ran.
 */
@RestController
@RequestMapping("/api/acceptances")
final class AcceptanceController {

    private static final Set<String> FIELDS = Set.of("finding", "system", "justification", "ticket", "expires");
    private static final Pattern FINDING = Pattern.compile("[A-Za-z0-9._:@*/-]{1,500}");
    private static final int MAX_YEARS = 3;

    /** An acceptance as shown: {@code status} is active, expired or revoked. */
    record View(String id, String finding, String system, String justification, String ticket, LocalDate expires, String acceptedBy,
                OffsetDateTime createdAt, String status, String revokedBy, OffsetDateTime revokedAt) {
    }

    private final AcceptanceStore store;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    AcceptanceController(AcceptanceStore store, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Body: {"finding": id or pattern with *, "justification", "expires": YYYY-MM-DD, optional "ticket", "system"}. */
    @PostMapping
    @Requires(Role.Permission.ACCEPT)
    ResponseEntity<View> accept(Caller caller, @RequestBody JsonNode body) {
        List<String> ignored = BodyFields.check(caller, body, FIELDS);
        String finding = text(body, "finding", true, 500);
        if (!FINDING.matcher(finding).matches()) {
            throw ApiException.badRequest("finding '" + finding + "' is not a finding id or pattern: letters, digits, . _ : @ / - and *"
                    + " (e.g. web-xss@storefront or web-xss@*)");
        }
        String justification = text(body, "justification", true, 4000);
        String ticket = text(body, "ticket", false, 200);
        String system = text(body, "system", false, 200);
        LocalDate expires = expires(text(body, "expires", true, 10));
        OffsetDateTime now = ServerBeans.utcNow(clock);
        String id = tx.execute(status -> {
            String newId = store.insert(caller, finding, system, justification, ticket, expires, now);
            audit.record(caller, "acceptance.create", newId, finding + " until " + expires
                    + (ignored.isEmpty() ? "" : "; ignored fields " + ignored));
            return newId;
        });
        return ResponseEntity.created(URI.create("/api/acceptances/" + id)).body(view(find(caller, id)));
    }

    @GetMapping
    @Requires(Role.Permission.READ)
    List<View> list(Caller caller) {
        return store.list(caller.team()).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Requires(Role.Permission.READ)
    View get(Caller caller, @PathVariable String id) {
        return view(find(caller, id));
    }

    /** Revokes: the finding counts again in the next analysis. Revoking twice changes nothing. */
    @DeleteMapping("/{id}")
    @Requires(Role.Permission.ACCEPT)
    ResponseEntity<Void> revoke(Caller caller, @PathVariable String id) {
        find(caller, id);
        OffsetDateTime now = ServerBeans.utcNow(clock);
        tx.executeWithoutResult(status -> {
            if (store.revoke(caller, id, now)) {
                audit.record(caller, "acceptance.revoke", id, null);
            }
        });
        return ResponseEntity.noContent().build();
    }

    private AcceptanceStore.Stored find(Caller caller, String id) {
        return store.find(caller.team(), id).orElseThrow(() -> ApiException.notFound("acceptance", id));
    }

    private View view(AcceptanceStore.Stored s) {
        return new View(s.id(), s.finding(), s.system(), s.justification(), s.ticket(), s.expires(), s.acceptedBy(), s.createdAt(),
                s.status(LocalDate.now(clock)), s.revokedBy(), s.revokedAt());
    }

    private LocalDate expires(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("expires '" + text + "' is not a date; write YYYY-MM-DD");
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(today) || date.isAfter(today.plusYears(MAX_YEARS))) {
            throw ApiException.badRequest("expires must be between today (" + today + ") and " + MAX_YEARS
                    + " years from now: an acceptance is reviewed, not forgotten");
        }
        return date;
    }

    private static String text(JsonNode body, String field, boolean required, int maxLength) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw ApiException.badRequest("'" + field + "' is required; the fields are " + FIELDS.stream().sorted().toList());
            }
            return null;
        }
        if (!n.isString() || n.asString().isBlank() || n.asString().length() > maxLength) {
            throw ApiException.badRequest("'" + field + "' must be a non-empty string of at most " + maxLength + " characters");
        }
        return n.asString().trim();
    }
}
