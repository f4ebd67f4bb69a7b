package io.relance.domain.sms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Addresses an agency's SMS provider can never legitimately be at, because they lead into our own
 * machine or network rather than to an operator on the Internet: loopback, private and carrier-grade
 * NAT blocks, link-local (the clouds' metadata service at 169.254.169.254), unspecified, multicast,
 * reserved and documentation blocks, and their IPv6 counterparts. IPv6 forms that carry an IPv4
 * address (mapped, compatible, 6to4, NAT64) are judged by the IPv4 address inside.
 */
public final class InternalAddresses {

    private static final List<Cidr> BLOCKS = List.of(
            // IPv4
            Cidr.of("0.0.0.0/8"), Cidr.of("10.0.0.0/8"), Cidr.of("100.64.0.0/10"), Cidr.of("127.0.0.0/8"),
            Cidr.of("169.254.0.0/16"), Cidr.of("172.16.0.0/12"), Cidr.of("192.0.0.0/24"), Cidr.of("192.0.2.0/24"),
            Cidr.of("192.88.99.0/24"), Cidr.of("192.168.0.0/16"), Cidr.of("198.18.0.0/15"), Cidr.of("198.51.100.0/24"),
            Cidr.of("203.0.113.0/24"), Cidr.of("224.0.0.0/4"), Cidr.of("240.0.0.0/4"),
            // IPv6: unspecified, loopback and IPv4-compatible (::/96), discard, Teredo, documentation,
            // unique local, link-local, old site-local, multicast, local-use NAT64
            Cidr.of("::/96"), Cidr.of("100::/64"), Cidr.of("2001::/32"), Cidr.of("2001:db8::/32"), Cidr.of("fc00::/7"),
            Cidr.of("fe80::/10"), Cidr.of("fec0::/10"), Cidr.of("ff00::/8"), Cidr.of("64:ff9b:1::/48"));

    private static final Cidr SIX_TO_FOUR = Cidr.of("2002::/16");
    private static final Cidr NAT64 = Cidr.of("64:ff9b::/96");

    private InternalAddresses() {
    }

    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        if (BLOCKS.stream().anyMatch(b -> b.contains(address))) {
            return true;
        }
        byte[] b = address.getAddress();
        if (SIX_TO_FOUR.contains(address)) {
            return isInternal(v4(Arrays.copyOfRange(b, 2, 6)));
        }
        if (NAT64.contains(address)) {
            return isInternal(v4(Arrays.copyOfRange(b, 12, 16)));
        }
        return false;
    }

    private static InetAddress v4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // four bytes are always an address
        }
    }
}
