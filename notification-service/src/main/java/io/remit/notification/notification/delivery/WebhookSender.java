package io.remit.notification.notification.delivery;

import io.remit.notification.notification.domain.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs a webhook notification's CloudEvent, as it is, to the team's URL, signed (see {@link WebhookSigner}). 2xx is
 * delivered; 5xx, 408, 429, timeouts and connection errors may pass; any other status (4xx, and 3xx: redirects are not
 * followed, so a redirect cannot lead past the URL rules) and a refused URL will not.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    static final String USER_AGENT = "Remit-Webhooks/1.0";

    private final HttpClient client;
    private final WebhookSigner signer;
    private final WebhookUrlPolicy urls;
    private final Duration timeout;

    WebhookSender(WebhookConfig config) {
        this.timeout = config.timeout();
        this.signer = new WebhookSigner(config.secrets());
        this.urls = new WebhookUrlPolicy(config.allowLoopback());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public DeliveryResult send(Notification notification) {
        Instant attemptedAt = Instant.now();
        long started = System.nanoTime();
        try {
            Optional<String> refusal = urls.refusal(notification.recipient);
            if (refusal.isPresent()) {
                return DeliveryResult.permanentFailure(attemptedAt, millisSince(started), null,
                        "URL refused, not called: " + refusal.get());
            }
        } catch (UnknownHostException e) {
            return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null,
                    "host not found: " + e.getMessage());
        }
        HttpRequest request;
        try {
            request = request(notification);
        } catch (IllegalArgumentException e) {
            return DeliveryResult.permanentFailure(attemptedAt, millisSince(started), null,
                    "URL refused, not called: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<Void>> call = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // One deadline for the whole exchange, the response body included (the request timeout stops at headers).
            int status = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return classify(status, attemptedAt, millisSince(started));
        } catch (TimeoutException e) {
            call.cancel(true);
            return timedOut(attemptedAt, started);
        } catch (ExecutionException e) {
            // The client's own request timeout and the deadline above race; both mean the same to the receiver.
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                return timedOut(attemptedAt, started);
            }
            return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null,
                    DeliveryResult.describe(e));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null, "interrupted");
        }
    }

    private DeliveryResult timedOut(Instant attemptedAt, long started) {
        return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null,
                "no response within " + timeout.toMillis() + " ms");
    }

    private HttpRequest request(Notification notification) {
        long timestamp = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(notification.recipient))
                .timeout(timeout)
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", USER_AGENT)
                .header(WebhookSigner.DELIVERY_ID_HEADER, notification.id)
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE_HEADER, signer.signature(timestamp, notification.payload))
                .POST(HttpRequest.BodyPublishers.ofString(notification.payload, StandardCharsets.UTF_8))
                .build();
    }

    static DeliveryResult classify(int status, Instant attemptedAt, long latencyMs) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered(attemptedAt, latencyMs, status);
        }
        if (status >= 500 || status == 408 || status == 429) {
            return DeliveryResult.transientFailure(attemptedAt, latencyMs, status, "HTTP " + status);
        }
        String reason = status >= 300 && status < 400 ? "HTTP " + status + " (redirects are not followed)"
                : "HTTP " + status;
        return DeliveryResult.permanentFailure(attemptedAt, latencyMs, status, reason);
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
