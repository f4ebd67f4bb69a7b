package io.relance.domain.sms;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a directeur's SMS provider may point: what an attacker who signs up would try (loopback,
 * private networks, the cloud metadata service, IPv6 spellings of the same) is refused, public
 * operators pass, and only the installation's own allow-list opens an internal address.
 */
class TargetPolicyTest {

    static final TargetPolicy STRICT = TargetPolicy.strict();

    @Test
    void internalTargetsAreRefusedWithoutAnAllowList() throws Exception {
        for (String address : List.of("127.0.0.1", "127.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
                "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1",
                "::1", "::", "fe80::1", "fd00::1", "fc00::abcd", "ff02::1", "fec0::1",
                "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "::127.0.0.1",
                "2002:7f00:1::1", "2002:a9fe:a9fe::", "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1")) {
            InetAddress a = InetAddress.getByName(address);
            assertTrue(InternalAddresses.isInternal(a), address + " is internal");
            assertEquals(Optional.of(a), STRICT.refused(address, List.of(a)), address + " is refused");
        }
    }

    @Test
    void publicOperatorsPass() throws Exception {
        for (String address : List.of("54.172.60.1", "8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.128.0.1",
                "169.255.0.1", "2600:1f18::1", "2a00:1450:4007::200e", "::ffff:54.172.60.1", "2002:3600:1::1", "64:ff9b::808:808")) {
            InetAddress a = InetAddress.getByName(address);
            assertFalse(InternalAddresses.isInternal(a), address + " is public");
            assertEquals(Optional.empty(), STRICT.refused("sms.example", List.of(a)), address + " is allowed");
        }
    }

    @Test
    void oneInternalAnswerAmongPublicOnesIsEnough() throws Exception {
        List<InetAddress> answers = List.of(InetAddress.getByName("54.172.60.1"), InetAddress.getByName("127.0.0.1"));
        assertEquals(Optional.of(answers.get(1)), STRICT.refused("rebind.example", answers),
                "a name that also answers loopback could be connected there");
    }

    @Test
    void localhostResolvesToLoopbackAndIsRefused() throws Exception {
        List<InetAddress> localhost = Arrays.asList(InetAddress.getAllByName("localhost"));
        assertTrue(STRICT.refused("localhost", localhost).isPresent(), localhost.toString());
    }

    @Test
    void theOperatorAllowsNamesAndBlocks() throws Exception {
        TargetPolicy test = TargetPolicy.allowing(" localhost , 127.0.0.0/8,::1, 10.1.0.0/16 ,, smpp.lan.");
        InetAddress loop = InetAddress.getByName("127.0.0.1");
        assertEquals(Optional.empty(), test.refused("LocalHost.", List.of(loop)), "a listed name, whatever its case");
        assertEquals(Optional.empty(), test.refused("127.0.0.1", List.of(loop)), "a listed block");
        assertEquals(Optional.empty(), test.refused("::ffff:127.0.0.1", List.of(InetAddress.getByName("::ffff:127.0.0.1"))),
                "the IPv4 block covers its IPv6 spelling");
        assertEquals(Optional.empty(), test.refused("::1", List.of(InetAddress.getByName("::1"))));
        assertEquals(Optional.empty(), test.refused("smpp.lan", List.of(InetAddress.getByName("10.9.9.9"))), "a listed name");
        assertEquals(Optional.empty(), test.refused("gw", List.of(InetAddress.getByName("10.1.200.3"))));

        InetAddress metadata = InetAddress.getByName("169.254.169.254");
        assertEquals(Optional.of(metadata), test.refused("169.254.169.254", List.of(metadata)), "what is not listed stays refused");
        InetAddress other = InetAddress.getByName("10.2.0.1");
        assertEquals(Optional.of(other), test.refused("evil.example", List.of(other)));
        assertTrue(test.unreadable().isEmpty(), test.unreadable().toString());
    }

    @Test
    void unreadableEntriesAllowNothing() throws Exception {
        TargetPolicy p = TargetPolicy.allowing("10.0.0.0/99, 999.1.1.1/8, http://x, *.lan");
        assertEquals(List.of("10.0.0.0/99", "999.1.1.1/8", "http://x", "*.lan"), p.unreadable());
        InetAddress ten = InetAddress.getByName("10.0.0.1");
        assertEquals(Optional.of(ten), p.refused("x", List.of(ten)));
        assertEquals(Optional.empty(), TargetPolicy.allowing(null).refused("x", List.of(InetAddress.getByName("8.8.8.8"))));
    }

    @Test
    void blocksMatchBitByBit() {
        Cidr twelve = Cidr.of("172.16.0.0/12");
        assertTrue(twelve.contains(address(172, 31, 0, 1)));
        assertFalse(twelve.contains(address(172, 32, 0, 1)));
        assertTrue(Cidr.of("0.0.0.0/0").contains(address(8, 8, 8, 8)));
        assertFalse(Cidr.of("0.0.0.0/0").contains(addressV6("2600::1")), "families do not mix");
        assertTrue(Cidr.of("[fe80::]/10").contains(addressV6("febf::1")));
        assertEquals(Optional.empty(), Cidr.parse("smpp.example"), "a name is not a block, and is not looked up");
        assertEquals(Optional.empty(), Cidr.parse("256.0.0.1"));
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[]{(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress addressV6(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
