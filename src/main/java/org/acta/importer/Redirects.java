package org.acta.importer;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which redirects an import follows. A page on the public internet may not send the import to this
 * machine or its network (loopback, private, link-local, carrier-grade NAT or unique-local
 * addresses), where it could read what is not meant to leave it; a page on such an address may
 * redirect within its own origin (scheme, host and port) or out to the public internet, never to
 * another local origin.
 */
final class Redirects {
    private Redirects() {
    }

    /** Why the redirect from {@code from} to {@code to} is refused, or empty when it may be followed. */
    static Optional<String> refusal(URI from, List<InetAddress> fromAddresses, URI to, List<InetAddress> toAddresses) {
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("it leads to '" + scheme + ":', not to a web page");
        }
        boolean fromPublic = !fromAddresses.isEmpty() && fromAddresses.stream().allMatch(Redirects::isPublic);
        boolean toPublic = !toAddresses.isEmpty() && toAddresses.stream().allMatch(Redirects::isPublic);
        if (toPublic || (!fromPublic && sameOrigin(from, to))) {
            return Optional.empty();
        }
        return Optional.of(fromPublic
                ? "a public page may not send the import to a local or private address"
                : "it leaves the origin " + origin(from) + " for another local or private address");
    }

    /** An address on the public internet: not this machine, not a private or link-local network. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean sharedNat = first == 100 && second >= 64 && second <= 127;
            boolean reserved = first == 0 || first >= 240 || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19));
            return !sharedNat && !reserved;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isMappedV4(b);
            if (mappedV4) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                try {
                    return isPublic(InetAddress.getByAddress(v4));
                } catch (java.net.UnknownHostException e) {
                    throw new IllegalStateException("four bytes are always an IPv4 address", e);
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    static boolean sameOrigin(URI a, URI b) {
        return origin(a).equals(origin(b));
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }
}
