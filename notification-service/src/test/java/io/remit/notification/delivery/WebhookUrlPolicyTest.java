package io.remit.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remit.notification.notification.delivery.WebhookUrlPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false);
    private final WebhookUrlPolicy local = new WebhookUrlPolicy(true);

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/hook", "gopher://example.com/", "jar:file:x!/",
            "example.com/hook", "/hook", "http:///hook", "http://user:pw@example.com/hook", "http://exa mple.com/"})
    void shouldRefuseWhatIsNotAPlainHttpUrlWhateverTheProfile(String url) throws Exception {
        assertThat(strict.refusal(url)).isPresent();
        assertThat(local.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/hook",
            "http://0.0.0.0/", "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://[fd12:3456::1]/",
            "http://100.64.0.1/", "http://224.0.0.1/", "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::a00:1]/",
            "HTTPS://127.0.0.1/"})
    void shouldRefuseLocalAndPrivateAddressesUnlessAllowed(String url) throws Exception {
        assertThat(strict.refusal(url)).hasValueSatisfying(reason -> assertThat(reason).contains("not allowed"));
        assertThat(local.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://192.0.0.192/latest/", "http://192.0.0.1/", "http://198.18.0.1/",
            "http://198.19.255.254/", "http://240.0.0.1/", "http://255.255.255.255/", "http://192.0.2.10/",
            "http://[2002:a00:1::1]/", "http://[2002:a9fe:a9fe::]/", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            "http://[64:ff9b:1::a00:1]/", "http://[2001:db8::1]/", "http://[::a00:1]/"})
    void shouldRefuseSpecialPurposeAndTransitionRangesUnlessAllowed(String url) throws Exception {
        assertThat(strict.refusal(url)).hasValueSatisfying(reason -> assertThat(reason).contains("not allowed"));
        assertThat(local.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "https://8.8.8.8:8443/x?y=1", "http://[2606:4700::1111]/",
            "http://[64:ff9b::808:808]/", "http://[2002:808:808::1]/", "http://198.20.0.1/", "http://223.255.255.1/"})
    void shouldAllowPublicAddresses(String url) throws Exception {
        assertThat(strict.refusal(url)).isEmpty();
    }

    @Test
    void shouldCheckEveryAddressTheHostResolvesTo() throws Exception {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false, host -> new InetAddress[] {
                InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")});

        assertThat(policy.refusal("https://hooks.example.com/remit"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("10.0.0.7"));
    }

    @Test
    void shouldLetAnUnresolvableHostFailAsTransient() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false, host -> {
            throw new UnknownHostException(host);
        });

        assertThatThrownBy(() -> policy.refusal("https://hooks.example.com/remit"))
                .isInstanceOf(UnknownHostException.class);
    }
}
