package io.remit.platform.testing.drills;

import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.RepositoryFiles;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Authorization headers that every service must refuse with 401: bad, expired, foreign, unsigned and forged tokens.
 * Each claims a real user with every global role, so that accepting one would be visible.
 */
public final class HostileTokens {

    /** A refused Authorization header value (null: no header at all) and what it is. */
    public record Attack(String kind, String header) {
    }

    /** A key pair of the right kind (RSA) that the services do not trust. */
    private static final KeyPair OTHER_KEY = newRsaKey();

    private HostileTokens() {
    }

    /** The fixed attacks: each kind once, built for the given subject. */
    public static List<Attack> forged(String subject) {
        String[] roles = {"admin", "governance", "integration"};
        String valid = DevTokens.token(subject, roles);
        String[] parts = valid.split("\\.");
        List<Attack> attacks = new ArrayList<>();
        attacks.add(new Attack("no token", null));
        attacks.add(new Attack("empty bearer", "Bearer "));
        attacks.add(new Attack("bearer only", "Bearer"));
        attacks.add(new Attack("basic scheme", "Basic " + b64(subject + ":secret")));
        attacks.add(new Attack("token without scheme", valid));
        attacks.add(new Attack("expired", "Bearer " + DevTokens.expiredToken(subject, roles)));
        attacks.add(new Attack("foreign issuer", "Bearer " + DevTokens.foreignIssuerToken(subject, roles)));
        attacks.add(new Attack("other audience", "Bearer " + DevTokens.otherAudienceToken(subject, roles)));
        attacks.add(new Attack("alg none", "Bearer " + b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + b64(claimsJson(subject)) + "."));
        attacks.add(new Attack("alg none, kid", "Bearer " + b64("{\"alg\":\"none\",\"kid\":\"remit-dev\"}") + "."
                + parts[1] + "."));
        attacks.add(new Attack("signature stripped", "Bearer " + parts[0] + "." + parts[1] + "."));
        attacks.add(new Attack("signature truncated", "Bearer " + valid.substring(0, valid.length() - 5)));
        attacks.add(new Attack("payload swapped", "Bearer " + parts[0] + "." + b64(claimsJson(subject + "-x")) + "."
                + parts[2]));
        attacks.add(new Attack("other RSA key", "Bearer " + claims(subject, roles).jws().keyId("remit-dev")
                .sign(OTHER_KEY.getPrivate())));
        attacks.add(new Attack("HS256 with the public key", "Bearer " + hmacWithPublicKey(subject, roles)));
        attacks.add(new Attack("two tokens", "Bearer " + valid + " " + valid));
        attacks.add(new Attack("JWE-shaped garbage", "Bearer " + parts[0] + "." + parts[1] + ".a.b." + parts[2]));
        Instant later = Instant.now().plusSeconds(7200);
        attacks.add(new Attack("not yet valid", "Bearer " + claims(subject, roles).issuedAt(later)
                .claim("nbf", later.getEpochSecond()).expiresAt(later.plusSeconds(3600)).jws().keyId("remit-dev")
                .sign(devPrivateKey())));
        return attacks;
    }

    /** Random garbage in the Authorization header: printable ASCII, JWT-shaped base64 and long values. */
    public static Arbitrary<Attack> garbage() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(300);
        Arbitrary<String> b64 = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('-', '_').ofMinLength(1).ofMaxLength(200);
        Arbitrary<String> jwtShaped = Combinators.combine(b64, b64, b64)
                .as((a, b, c) -> a + "." + b + "." + c);
        Arbitrary<String> longToken = Arbitraries.integers().between(1_000, 16_000).map("A"::repeat);
        return Arbitraries.frequencyOf(
                Tuple.of(3, ascii.map(t -> new Attack("garbage", "Bearer " + t))),
                Tuple.of(3, jwtShaped.map(t -> new Attack("garbage JWT", "Bearer " + t))),
                Tuple.of(1, longToken.map(t -> new Attack("long garbage", "Bearer " + t))));
    }

    private static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(DevTokens.ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).audience("remit")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600));
    }

    private static String claimsJson(String subject) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + DevTokens.ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"aud\":\"remit\",\"groups\":[\"admin\",\"governance\",\"integration\"],\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}";
    }

    private static String hmacWithPublicKey(String subject, String... roles) {
        try {
            byte[] publicPem = Files.readAllBytes(RepositoryFiles.find("deploy/dev-keys/public-key.pem"));
            return claims(subject, roles).jws().algorithm(SignatureAlgorithm.HS256).keyId("remit-dev")
                    .sign(new SecretKeySpec(publicPem, "HmacSHA256"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey devPrivateKey() {
        try {
            return KeyUtils.decodePrivateKey(
                    Files.readString(RepositoryFiles.find("deploy/dev-keys/private-key.pem")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
