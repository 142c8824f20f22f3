package io.remit.notification.notification.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook URLs may be called, and at which address: absolute http(s) URLs only and, unless loopback is allowed,
 * only hosts whose every address is public ({@link NonPublicAddresses}). The host is resolved here, once; every
 * address it resolves to is checked, and the call goes to the first of them ({@link WebhookTarget}), so a DNS answer
 * that changes between the check and the connection (DNS rebinding) cannot lead the call elsewhere.
 */
public final class WebhookUrlPolicy {

    /** Resolves a host name to all its addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a URL may not be called. */
    public static final class RefusedUrlException extends Exception {
        RefusedUrlException(String reason) {
            super(reason);
        }
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
        try {
            target(url);
            return Optional.empty();
        } catch (RefusedUrlException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The URL with the checked address to connect to.
     *
     * @throws RefusedUrlException when the URL may not be called: a failure that will not pass
     * @throws UnknownHostException when the host does not resolve (now): a failure that may pass
     */
    public WebhookTarget target(String url) throws RefusedUrlException, UnknownHostException {
        URI uri = httpUri(url);
        String host = uri.getHost();
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = resolver.resolve(bareHost);
        if (addresses.length == 0) {
            throw new UnknownHostException(bareHost);
        }
        if (!allowLoopback) {
            for (InetAddress address : addresses) {
                Optional<String> kind = NonPublicAddresses.kindOf(address);
                if (kind.isPresent()) {
                    throw new RefusedUrlException("host " + host + " resolves to " + kind.get() + " address "
                            + address.getHostAddress() + ", which is not allowed");
                }
            }
        }
        return new WebhookTarget(uri, addresses[0]);
    }

    private static URI httpUri(String url) throws RefusedUrlException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("only http and https URLs are called, not '"
                    + (scheme.isEmpty() ? url : scheme) + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrlException("URLs with user information are not called");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new RefusedUrlException("the URL names no host");
        }
        return uri;
    }
}
