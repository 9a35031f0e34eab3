package dev.vigil.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authentication and roles for /api/**: a Bearer token is looked up by its hash, and the handler's
 * {@link Requires} permission is checked against the token's role. A handler without
 * {@code @Requires} is refused, so a new endpoint cannot be open by omission. (A plain interceptor
 * instead of Spring Security: one header, one lookup, one check; nothing else to configure.)
 */
@Component
final class AuthInterceptor implements HandlerInterceptor {

    static final String CALLER = AuthInterceptor.class.getName() + ".caller";
    private static final String BEARER = "Bearer ";

    private final Tokens tokens;

    AuthInterceptor(Tokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // static resources and the like: nothing of a team's
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "send an API token: 'Authorization: Bearer <token>' (an admin creates one with 'vigil server token create')");
        }
        Caller caller = tokens.find(header.substring(BEARER.length()).trim())
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", "the API token is not known to this server"));
        Requires requires = method.getMethodAnnotation(Requires.class);
        if (requires == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "this endpoint declares no permission, so nobody may call it");
        }
        if (!caller.role().may(requires.value())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "the role " + caller.role().label() + " may not "
                    + requires.value().name().toLowerCase(java.util.Locale.ROOT) + "; " + whoMay(requires.value()));
        }
        request.setAttribute(CALLER, caller);
        return true;
    }

    private static String whoMay(Role.Permission p) {
        StringBuilder roles = new StringBuilder();
        for (Role r : Role.values()) {
            if (r.may(p)) {
                roles.append(roles.length() == 0 ? "" : ", ").append(r.label());
            }
        }
        return "roles that may: " + roles;
    }
}
