package io.remit.platform.console;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service whose dev sign-in is on while it trusts any key but the dev key (DESIGN, Faces): a
 * setting left on in production would otherwise let anyone sign in as anyone. The dev key's public half is derived
 * from the private key the dev sign-in signs with, so the check cannot be fooled by a second copy on disk.
 */
@ApplicationScoped
public class DevSignInGuard {

    static final String KEY = "mp.jwt.verify.publickey";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String SMALLRYE_KEY_LOCATION = "smallrye.jwt.verify.key.location";

    void onStart(@Observes StartupEvent started, ConsoleConfig console, Config config) {
        if (console.devSignIn()) {
            check(console.devKeyLocation(), config);
        }
    }

    /** Throws, naming what is wrong, unless the only key trusted is the dev key. */
    static void check(Optional<String> devKeyLocation, Config config) {
        String location = devKeyLocation.orElseThrow(() -> refused(
                "remit.console.dev-key-location is not set, so there is no dev key to sign in with"));
        // smallrye-jwt reads an unset inline key as "NONE".
        if (config.getOptionalValue(KEY, String.class).filter(key -> !key.isBlank() && !"NONE".equals(key))
                .isPresent()) {
            throw refused(KEY + " is set: an inline key is trusted besides the dev key");
        }
        String trusted = config.getOptionalValue(KEY_LOCATION, String.class)
                .or(() -> config.getOptionalValue(SMALLRYE_KEY_LOCATION, String.class))
                .orElseThrow(() -> refused("no verification key location is set"));
        String pem;
        try {
            pem = ResourceUtils.readResource(trusted);
        } catch (IOException e) {
            throw refused("the trusted key at " + trusted + " cannot be read: " + e.getMessage());
        }
        if (!onlyTrusts(derivePublicKey(readPrivateKey(location)), pem)) {
            throw refused("the key at " + trusted + " is not the dev key alone");
        }
    }

    /** Whether this key text holds exactly one public key, and it is the dev key. */
    static boolean onlyTrusts(PublicKey devKey, String pem) {
        if (pem == null || pem.split("-----BEGIN PUBLIC KEY-----", -1).length != 2 || pem.contains("\"keys\"")) {
            return false;
        }
        try {
            PublicKey trusted = KeyUtils.decodePublicKey(pem);
            return trusted instanceof RSAPublicKey rsa && devKey instanceof RSAPublicKey dev
                    && rsa.getModulus().equals(dev.getModulus())
                    && rsa.getPublicExponent().equals(dev.getPublicExponent());
        } catch (GeneralSecurityException unreadable) {
            return false;
        }
    }

    static PublicKey derivePublicKey(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw refused("the dev key is not an RSA private key");
        }
        try {
            return java.security.KeyFactory.getInstance("RSA").generatePublic(
                    new java.security.spec.RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw refused("the dev key's public half cannot be derived: " + e.getMessage());
        }
    }

    static PrivateKey readPrivateKey(String location) {
        try {
            return KeyUtils.decodePrivateKey(ResourceUtils.readResource(location));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw refused("the dev key at " + location + " cannot be read: " + e.getMessage());
        }
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException("remit.console.dev-sign-in is on, but " + why
                + ". The dev sign-in is for the local run only: turn it off, or trust only deploy/dev-keys.");
    }
}
