package io.remit.notification.notification.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * A webhook URL that passed {@link WebhookUrlPolicy}, with the address it was checked at: the call connects there,
 * while its {@code Host} header, TLS server name and certificate check still use the URL's host.
 */
public record WebhookTarget(URI uri, InetAddress address) {

    public boolean tls() {
        return uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
    }

    public int port() {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return tls() ? 443 : 80;
    }
}
