package io.remit.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remit.notification.notification.delivery.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\"}";

    @Test
    void shouldSignTimestampDotBodyWithHmacSha256() throws Exception {
        String signature = new WebhookSigner(List.of("dev-only-webhook-secret")).signature(1700000000L, BODY);

        // Computed independently (Python: hmac.new(secret, b"1700000000." + body, sha256).hexdigest()).
        assertThat(signature).isEqualTo("v1=748076b254fb96f68d869fd931967e622ac0f06ed3c9311c4c7a0bdf59a43756");
        assertThat(signature).isEqualTo("v1=" + hmac("dev-only-webhook-secret", "1700000000." + BODY));
    }

    @Test
    void shouldSendOneSignaturePerSecretWhileRotating() {
        String signature = new WebhookSigner(List.of("dev-only-webhook-secret", "new-secret-2"))
                .signature(1700000000L, BODY);

        assertThat(signature).isEqualTo("v1=748076b254fb96f68d869fd931967e622ac0f06ed3c9311c4c7a0bdf59a43756,"
                + "v1=2a77e181382c7df26fa6fe5a67c8dfae98eb99064e1700e63e3dafb115346680");
    }

    @Test
    void shouldSignTheUtf8BytesOfTheBody() throws Exception {
        String body = "{\"title\":\"Café ☕\"}";

        String signature = new WebhookSigner(List.of("clé")).signature(1700000001L, body);

        assertThat(signature).isEqualTo("v1=b6bdc8dd6e5f2242d05cf923105dfea23f736378b844250e8be1f6a9d00237ea")
                .isEqualTo("v1=" + hmac("clé", "1700000001." + body));
    }

    @Test
    void shouldChangeWithTimestampAndBody() {
        WebhookSigner signer = new WebhookSigner(List.of("s"));

        assertThat(signer.signature(1, BODY)).isNotEqualTo(signer.signature(2, BODY))
                .isNotEqualTo(signer.signature(1, BODY + " "));
    }

    @Test
    void shouldRefuseToSignWithoutSecret() {
        assertThatThrownBy(() -> new WebhookSigner(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSigner(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    static String hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
