package io.remit.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.remit.notification.notification.delivery.DeliveryResult;
import io.remit.notification.notification.delivery.WebhookConfig;
import io.remit.notification.notification.delivery.WebhookSender;
import io.remit.notification.notification.delivery.WebhookUrlPolicy;
import io.remit.notification.notification.domain.Notification;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A webhook call connects to the address the URL rules checked, and the host name is looked up once: a second answer
 * of the name service (DNS rebinding) never reaches the connection. The host name is under {@code .test}, which no
 * real name service resolves, and the receiver listens on loopback, which this profile allows.
 */
class WebhookSenderPinningTest {

    private static WireMockServer receiver;
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        receiver = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        receiver.start();
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        receiver.stop();
        vertx.close();
    }

    @Test
    void shouldConnectToTheCheckedAddressAndKeepTheHostName() throws Exception {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        AtomicInteger lookups = new AtomicInteger();
        WebhookUrlPolicy.Resolver rebinding = host -> new InetAddress[] {
                InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "10.0.0.7")};
        WebhookSender sender = new WebhookSender(loopbackAllowed(), vertx, rebinding);
        String host = "hooks.rebind.test:" + receiver.port();

        DeliveryResult result = sender.send(notification("http://" + host + "/hook"));

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(lookups).hasValue(1);
        receiver.verify(1, postRequestedFor(urlEqualTo("/hook")).withHeader("Host", equalTo(host)));
    }

    private static Notification notification(String url) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID().toString();
        notification.recipient = url;
        notification.payload = "{\"specversion\":\"1.0\"}";
        return notification;
    }

    private static WebhookConfig loopbackAllowed() {
        return new WebhookConfig() {
            @Override
            public List<String> secrets() {
                return List.of("dev-only-webhook-secret");
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public boolean allowLoopback() {
                return true;
            }
        };
    }
}
