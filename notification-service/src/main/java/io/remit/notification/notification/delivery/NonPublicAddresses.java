package io.remit.notification.notification.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges a webhook may not reach: every IPv4 and IPv6 special-purpose range that is not globally reachable
 * (IANA's special-purpose registries), and the IPv6 transition ranges that carry such an IPv4 address inside.
 */
final class NonPublicAddresses {

    private record Range(InetAddress network, int prefixLength, String kind) {

        boolean contains(byte[] address) {
            byte[] prefix = network.getAddress();
            if (prefix.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((prefix[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Range> RANGES = List.of(
            range("0.0.0.0", 8, "a 'this network'"),
            range("10.0.0.0", 8, "a private"),
            range("100.64.0.0", 10, "a carrier-grade NAT"),
            range("127.0.0.0", 8, "the loopback"),
            range("169.254.0.0", 16, "a link-local"),
            range("172.16.0.0", 12, "a private"),
            range("192.0.0.0", 24, "an IETF protocol assignment"),
            range("192.0.2.0", 24, "a documentation"),
            range("192.168.0.0", 16, "a private"),
            range("198.18.0.0", 15, "a benchmarking"),
            range("198.51.100.0", 24, "a documentation"),
            range("203.0.113.0", 24, "a documentation"),
            range("224.0.0.0", 4, "a multicast"),
            range("240.0.0.0", 4, "a reserved or broadcast"),
            range("::", 128, "the any-local"),
            range("::1", 128, "the loopback"),
            range("64:ff9b:1::", 48, "a local-use NAT64"),
            range("2001::", 32, "a Teredo"),
            range("2001:db8::", 32, "a documentation"),
            range("fc00::", 7, "a unique-local"),
            range("fe80::", 10, "a link-local"),
            range("fec0::", 10, "a site-local"),
            range("ff00::", 8, "a multicast"));

    /** IPv4-compatible addresses (::a.b.c.d) and NAT64 (64:ff9b::/96) carry the IPv4 address in their last 4 bytes. */
    private static final List<Range> IPV4_IN_LAST_BYTES = List.of(range("::", 96, ""), range("64:ff9b::", 96, ""));

    /** 6to4 (2002::/16) carries it in bytes 2 to 5. */
    private static final Range SIX_TO_FOUR = range("2002::", 16, "");

    private NonPublicAddresses() {
    }

    /** The kind of non-public range the address lies in (e.g. "a private"), or empty for a public address. */
    static Optional<String> kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Range range : RANGES) {
            if (range.contains(bytes)) {
                return Optional.of(range.kind());
            }
        }
        if (address instanceof Inet6Address) {
            if (IPV4_IN_LAST_BYTES.stream().anyMatch(range -> range.contains(bytes))) {
                return kindOf(ipv4(bytes, 12));
            }
            if (SIX_TO_FOUR.contains(bytes)) {
                return kindOf(ipv4(bytes, 2));
            }
        }
        return Optional.empty();
    }

    private static InetAddress ipv4(byte[] bytes, int from) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Range range(String network, int prefixLength, String kind) {
        try {
            return new Range(InetAddress.getByName(network), prefixLength, kind);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(network, e);
        }
    }
}
