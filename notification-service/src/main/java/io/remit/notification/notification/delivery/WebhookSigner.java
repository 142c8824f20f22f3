package io.remit.notification.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body: {@code v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>} for each configured secret, joined
 * by commas, so a receiver that knows any one of the secrets (old or new, during a rotation) can verify the call.
 */
public final class WebhookSigner {

    /** The signature header: one {@code v1=<hex>} per secret, comma-separated. */
    public static final String SIGNATURE_HEADER = "Remit-Signature";
    /** The header with the signing time, in Unix seconds; receivers should refuse calls much older than now. */
    public static final String TIMESTAMP_HEADER = "Remit-Timestamp";
    /** The header with the notification id: the same on every retry of one delivery, for de-duplication. */
    public static final String DELIVERY_ID_HEADER = "Remit-Delivery-Id";
    public static final String SCHEME = "v1";

    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    public WebhookSigner(List<String> secrets) {
        List<String> usable = secrets == null ? List.of() : secrets.stream().map(String::strip)
                .filter(secret -> !secret.isEmpty()).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("remit.webhook.secrets must name at least one non-blank secret");
        }
        this.keys = usable.stream()
                .map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM))
                .toList();
    }

    /** The value of the signature header for a body signed at a time (Unix seconds). */
    public String signature(long timestamp, String body) {
        byte[] signed = (timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        return keys.stream().map(key -> SCHEME + "=" + hmacHex(key, signed)).collect(Collectors.joining(","));
    }

    private static String hmacHex(SecretKeySpec key, byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
