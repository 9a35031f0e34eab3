package dev.vigil.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A small HTTP client against a running test server: real requests through Tomcat and every filter. */
final class Http {

    record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Response get(String token, String path, String... headers) {
        return send(request(token, path, headers).GET());
    }

    Response delete(String token, String path, String... headers) {
        return send(request(token, path, headers).DELETE());
    }

    Response put(String token, String path, String contentType, String body, String... headers) {
        return send(request(token, path, headers).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Response post(String token, String path, String contentType, String body, String... headers) {
        return send(request(token, path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Posts without a Content-Length (chunked), so that only the server's reading can enforce a size limit. */
    Response postChunked(String token, String path, String contentType, byte[] body) {
        return send(request(token, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private HttpRequest.Builder request(String token, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        List<String> h = new ArrayList<>(List.of(headers));
        for (int i = 0; i + 1 < h.size(); i += 2) {
            b.header(h.get(i), h.get(i + 1));
        }
        return b;
    }

    private static Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
