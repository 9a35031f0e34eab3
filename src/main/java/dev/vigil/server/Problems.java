package dev.vigil.server;

import dev.vigil.model.io.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/**
 * Every error is an RFC 9457 problem (application/problem+json) that says what is wrong and what is
 * allowed; nothing leaks a stack trace. Spring MVC's own errors (unknown path, wrong method,
 * unreadable body…) come through the base class in the same format.
 */
@RestControllerAdvice
final class Problems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setTitle(e.title());
        e.properties().forEach(p::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (e.status() == HttpStatus.TOO_MANY_REQUESTS || e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(p);
    }

    /** A model that does not validate: every problem with its line, column and path. */
    static ApiException invalidModel(List<Problem> problems) {
        List<Map<String, Object>> list = problems.stream().map(p -> Map.<String, Object>of("line", p.line(), "column", p.column(),
                "path", p.path() == null ? "" : p.path(), "message", p.message())).toList();
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid model",
                "the model has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + "; nothing was stored (the format: docs/model-format.md)",
                Map.of("problems", list));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        long limit = BodyLimitFilter.limitHit(e);
        if (limit >= 0) {
            return handleExceptionInternal(e, BodyLimitFilter.tooLarge(limit), headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body is not valid JSON for this endpoint: " + firstLine(e.getMostSpecificCause().getMessage()));
        return handleExceptionInternal(e, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("internal error", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error (a bug: the server log has the details)");
        return ResponseEntity.internalServerError().body(p);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
