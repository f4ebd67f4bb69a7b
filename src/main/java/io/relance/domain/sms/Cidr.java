package io.relance.domain.sms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of IP addresses ({@code 10.0.0.0/8}, {@code fd00::/8}, or one address). IPv4 addresses
 * written as IPv6 ({@code ::ffff:127.0.0.1}) are compared as the IPv4 address they carry, so one
 * spelling cannot slip past a rule written in the other.
 */
public record Cidr(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final byte[] MAPPED = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    public Cidr {
        network = network.clone();
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("prefix " + prefix);
        }
    }

    /** {@code a.b.c.d/n}, {@code x::y/n} or a bare address; empty for anything else (a host name). */
    public static Optional<Cidr> parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        // only literals: InetAddress would otherwise look a name up in the DNS
        boolean v6 = address.contains(":");
        if (!v6 && !IPV4.matcher(address).matches()) {
            return Optional.empty();
        }
        byte[] bytes = literal(address);
        if (bytes == null) {
            return Optional.empty();
        }
        int max = (v6 ? 16 : 4) * 8;
        int prefix;
        try {
            prefix = slash < 0 ? max : Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (prefix < 0 || prefix > max) {
            return Optional.empty();
        }
        if (v6 && bytes.length == 4) {
            prefix = Math.max(0, prefix - 96); // ::ffff:a.b.c.d/n, read as the IPv4 block it names
        }
        return Optional.of(new Cidr(bytes, prefix));
    }

    public static Cidr of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    public boolean contains(InetAddress address) {
        byte[] a = canonical(address.getAddress());
        if (a.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[whole] & mask) == (network[whole] & mask);
    }

    /** An IPv4-mapped IPv6 address as its 4 bytes; anything else as is. */
    static byte[] canonical(byte[] address) {
        if (address.length == 16 && Arrays.equals(Arrays.copyOf(address, 12), MAPPED)) {
            return Arrays.copyOfRange(address, 12, 16);
        }
        return address;
    }

    private static byte[] literal(String address) {
        try {
            return canonical(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            return Arrays.toString(network) + "/" + prefix;
        }
    }
}
