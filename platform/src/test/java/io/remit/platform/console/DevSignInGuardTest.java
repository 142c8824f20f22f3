package io.remit.platform.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.remit.platform.testing.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The dev sign-in starts only where the dev key is the one key trusted. */
class DevSignInGuardTest {

    private final Path keys = RepositoryFiles.find("deploy/dev-keys/public-key.pem").getParent();

    @Test
    void shouldAcceptTheDevKeyAlone() throws Exception {
        assertTrue(DevSignInGuard.onlyTrusts(devPublicKey(), Files.readString(keys.resolve("public-key.pem"))));
    }

    @Test
    void shouldRefuseAnotherKeyOrTheDevKeyBesideAnother() throws Exception {
        String devPem = Files.readString(keys.resolve("public-key.pem"));
        String otherPem = pem(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic());

        assertFalse(DevSignInGuard.onlyTrusts(devPublicKey(), otherPem));
        assertFalse(DevSignInGuard.onlyTrusts(devPublicKey(), devPem + "\n" + otherPem));
        assertFalse(DevSignInGuard.onlyTrusts(devPublicKey(), "{\"keys\": []}"));
        assertFalse(DevSignInGuard.onlyTrusts(devPublicKey(), ""));
    }

    private PublicKey devPublicKey() {
        return DevSignInGuard.derivePublicKey(
                DevSignInGuard.readPrivateKey("file:" + keys.resolve("private-key.pem").toAbsolutePath()));
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
