package io.remit.notification.notification.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook URLs may be called: absolute http(s) URLs only and, unless loopback is allowed, only hosts whose every
 * address is public (not loopback, link-local, site-local / unique-local, any-local, carrier-grade NAT or multicast).
 * The host is resolved here, and every address it resolves to is checked.
 */
public final class WebhookUrlPolicy {

    /** Resolves a host name to all its addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    public WebhookUrlPolicy(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    public WebhookUrlPolicy(boolean allowLoopback) {
        this(allowLoopback, InetAddress::getAllByName);
    }

    /**
     * Why a URL may not be called, or empty if it may.
     *
     * @throws UnknownHostException when the host does not resolve (now): a failure that may pass
     */
    public Optional<String> refusal(String url) throws UnknownHostException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are called, not '" + (scheme.isEmpty() ? url : scheme) + "'");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("URLs with user information are not called");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("the URL names no host");
        }
        if (allowLoopback) {
            return Optional.empty();
        }
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : resolver.resolve(bareHost)) {
            Optional<String> kind = nonPublicKind(address);
            if (kind.isPresent()) {
                return Optional.of("host " + host + " resolves to " + kind.get() + " address "
                        + address.getHostAddress() + ", which is not allowed");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonPublicKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("the loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the any-local");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return Optional.of("a unique-local");
            }
            return isIpv4Embedded(bytes) ? nonPublicKind(embeddedIpv4(bytes)) : Optional.empty();
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0) {
            return Optional.of("a 'this network'");
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return Optional.of("a carrier-grade NAT");
        }
        return Optional.empty();
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) addresses reach an IPv4 host, which is checked instead. */
    private static boolean isIpv4Embedded(byte[] bytes) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= bytes[i] == 0;
        }
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = bytes[i] == 0;
        }
        return compatible || nat64;
    }

    private static InetAddress embeddedIpv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
