package io.remit.notification.notification.delivery;

import io.remit.notification.notification.domain.Notification;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs a webhook notification's CloudEvent, as it is, to the team's URL, signed (see {@link WebhookSigner}), and
 * connects to the very address {@link WebhookUrlPolicy} checked: the JDK's HTTP client can only resolve the host
 * again itself, so the call goes through Vert.x, whose request names the server address apart from the host (which
 * stays in the {@code Host} header, the TLS server name and the certificate check). 2xx is delivered; 5xx, 408, 429,
 * timeouts and connection errors may pass; any other status (4xx, and 3xx: redirects are not followed, so a redirect
 * cannot lead past the URL rules) and a refused URL will not.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    static final String USER_AGENT = "Remit-Webhooks/1.0";

    private final HttpClient client;
    private final WebhookSigner signer;
    private final WebhookUrlPolicy urls;
    private final Duration timeout;

    @Inject
    WebhookSender(WebhookConfig config, Vertx vertx) {
        this(config, vertx, InetAddress::getAllByName);
    }

    public WebhookSender(WebhookConfig config, Vertx vertx, WebhookUrlPolicy.Resolver resolver) {
        this.timeout = config.timeout();
        this.signer = new WebhookSigner(config.secrets());
        this.urls = new WebhookUrlPolicy(config.allowLoopback(), resolver);
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true)
                .setForceSni(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public DeliveryResult send(Notification notification) {
        Instant attemptedAt = Instant.now();
        long started = System.nanoTime();
        WebhookTarget target;
        try {
            target = urls.target(notification.recipient);
        } catch (WebhookUrlPolicy.RefusedUrlException e) {
            return DeliveryResult.permanentFailure(attemptedAt, millisSince(started), null,
                    "URL refused, not called: " + e.getMessage());
        } catch (UnknownHostException e) {
            return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null,
                    "host not found: " + e.getMessage());
        }
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<Integer> call = client.request(request(target, notification))
                .compose(request -> {
                    sent.set(request);
                    return request.send(Buffer.buffer(notification.payload));
                })
                .compose(response -> response.body().map(body -> response.statusCode()))
                .toCompletionStage().toCompletableFuture();
        try {
            // One deadline for the whole exchange: connecting, the request, the response and its body.
            int status = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return classify(status, attemptedAt, millisSince(started));
        } catch (TimeoutException e) {
            abandon(sent.get());
            return timedOut(attemptedAt, started);
        } catch (ExecutionException e) {
            // A connect timeout and the deadline above race; both mean the same to the receiver.
            if (e.getCause() instanceof TimeoutException) {
                return timedOut(attemptedAt, started);
            }
            return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null,
                    DeliveryResult.describe(e));
        } catch (InterruptedException e) {
            abandon(sent.get());
            Thread.currentThread().interrupt();
            return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null, "interrupted");
        }
    }

    private RequestOptions request(WebhookTarget target, Notification notification) {
        long timestamp = Instant.now().getEpochSecond();
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(target.uri().toString())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("User-Agent", USER_AGENT)
                .putHeader(WebhookSigner.DELIVERY_ID_HEADER, notification.id)
                .putHeader(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSigner.SIGNATURE_HEADER, signer.signature(timestamp, notification.payload));
    }

    private static void abandon(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    private DeliveryResult timedOut(Instant attemptedAt, long started) {
        return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null,
                "no response within " + timeout.toMillis() + " ms");
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
