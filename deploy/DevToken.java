import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints an RS256 JWT signed with the dev key, for local runs and tests only.
 * Run via deploy/dev-token, which passes the key path as -Dremit.devKey.
 * Deliberately JDK-only so it works before any Maven build (single-file source mode).
 */
public class DevToken {

    private static final long DEFAULT_TTL_SECONDS = 86_400;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usageError("missing <userId>");
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i].isEmpty()) {
                usageError(i == 0 ? "userId must not be empty" : "role #" + i + " must not be empty");
            }
        }
        String keyPath = System.getProperty("remit.devKey");
        if (keyPath == null) {
            usageError("system property remit.devKey (path to the PKCS#8 PEM) is not set; use deploy/dev-token");
        }

        String userId = quote(args[0]);
        StringBuilder groups = new StringBuilder("[");
        for (int i = 1; i < args.length; i++) {
            groups.append(i > 1 ? "," : "").append(quote(args[i]));
        }
        groups.append(']');

        long iat = System.currentTimeMillis() / 1000;
        long exp = iat + ttlSeconds();

        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"remit-dev\"}";
        String claims = "{\"iss\":\"https://remit.local/dev\""
                + ",\"sub\":" + userId
                + ",\"upn\":" + userId
                + ",\"preferred_username\":" + userId
                + ",\"groups\":" + groups
                + ",\"aud\":\"remit\""
                + ",\"iat\":" + iat
                + ",\"exp\":" + exp
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";

        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(readPkcs8(Path.of(keyPath)));
        rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + b64(rs256.sign()));
    }

    // Tests of expiry need short (or already elapsed, i.e. negative) lifetimes without waiting a day.
    private static long ttlSeconds() {
        String ttl = System.getenv("REMIT_DEV_TOKEN_TTL");
        if (ttl == null || ttl.isBlank()) {
            return DEFAULT_TTL_SECONDS;
        }
        try {
            return Long.parseLong(ttl.trim());
        } catch (NumberFormatException e) {
            usageError("REMIT_DEV_TOKEN_TTL must be an integer number of seconds, got '" + ttl + "'");
            return 0; // unreachable
        }
    }

    private static PrivateKey readPkcs8(Path pem) throws Exception {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        // A PKCS#1 "RSA PRIVATE KEY" would fail later with an opaque ASN.1 error; say what is wrong instead.
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException(pem + " is not a PKCS#8 PEM (expected -----BEGIN PRIVATE KEY-----)");
        }
        String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // RFC 8259 string escaping: a userId or role with a quote must not be able to inject claims.
    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void usageError(String message) {
        System.err.println("dev-token: " + message);
        System.err.println("usage: deploy/dev-token <userId> [role ...]   (see deploy/dev-token with no arguments)");
        System.exit(2);
    }
}
