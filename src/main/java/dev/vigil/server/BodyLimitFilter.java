package dev.vigil.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Caps every request body (vigil.server.max-body-bytes, 5 MB by default): a declared length over
 * the cap is refused with 413 before anything is read; a chunked body is cut off where it passes
 * the cap, and the read fails with {@link TooLarge}, which the handlers turn into the same 413.
 */
@Component
final class BodyLimitFilter extends OncePerRequestFilter {

    /** Thrown by the capped stream; an IOException so that readers pass it up unchanged. */
    static final class TooLarge extends IOException {
        final long limit;

        TooLarge(long limit) {
            super("the request body is over the limit of " + limit + " bytes");
            this.limit = limit;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long limit;

    BodyLimitFilter(ServerProperties properties) {
        this.limit = properties.maxBodyBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(JSON.writeValueAsBytes(tooLarge(limit)));
            return;
        }
        chain.doFilter(new Capped(request, limit), response);
    }

    static ProblemDetail tooLarge(long limit) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the request body is over the limit of " + limit + " bytes (vigil.server.max-body-bytes)");
        p.setTitle("Content too large");
        return p;
    }

    /** The cap a failed read ran into, or -1 when it failed for another reason. */
    static long limitHit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge l) {
                return l.limit;
            }
        }
        return -1;
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CappedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CappedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
