package io.remit.deploy.drills;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The drills' HTTP client: JSON in and out, and every failure (refused, timed out) as a value, never thrown. */
final class DrillHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What a client sees of one call: a status (0 when no response came), the body, or the transport error. */
    record Reply(int status, JsonNode body, Map<String, java.util.List<String>> headers, String error,
            Duration took) {

        boolean answered() {
            return status > 0;
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        @Override
        public String toString() {
            return answered() ? "HTTP " + status + " " + body : "no response: " + error;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration timeout;

    DrillHttp(Duration timeout) {
        this.timeout = timeout;
    }

    Reply get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    Reply post(String url, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request, token);
    }

    Reply put(String url, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(write(body)))
                .header("Content-Type", "application/json"), token);
    }

    private Reply send(HttpRequest.Builder request, String token) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.timeout(timeout)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), parse(response.body()), response.headers().map(), null,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            return new Reply(0, MissingNode.getInstance(), Map.of(), e.getClass().getSimpleName(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
