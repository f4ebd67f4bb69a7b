package io.relance.infrastructure.persistence.sessions;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionEnvelopeTest {

    /** Protocol Buffers' wire format, enough to build rows shaped as WildFly writes them. */
    private static final class Wire {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Wire varint(int field, long value) {
            raw((long) field << 3);
            raw(value);
            return this;
        }

        Wire bytes(int field, byte[] value) {
            return bytes(field, value, value.length);
        }

        /** A length-delimited field whose length says {@code announced}, whatever follows. */
        Wire bytes(int field, byte[] value, int announced) {
            raw(((long) field << 3) | 2);
            raw(announced);
            out.writeBytes(value);
            return this;
        }

        Wire fixed64(int field) {
            raw(((long) field << 3) | 1);
            out.writeBytes(new byte[8]);
            return this;
        }

        private void raw(long v) {
            while ((v & ~0x7fL) != 0) {
                out.write((int) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        byte[] done() {
            return out.toByteArray();
        }
    }

    /** The session's own bytes (JBoss Marshalling's stream): not Protocol Buffers at all. */
    private static final byte[] SESSION = {3, 4, 4, 16, 7, 1, 22, 0, 0, 0, 15, (byte) 0xff, (byte) 0xfe, 0x1c, 0x42};

    /** Row = WrappedMessage(19: type, 17: MarshalledValue(1: value = WrappedMessage(19, 17: (1: (12, 1: (1: bytes)))), 2…5)). */
    private static final byte[] MARSHALLED = new Wire()
            .bytes(1, new Wire().varint(19, 2).bytes(17, new Wire().bytes(1, new Wire().varint(12, 128)
                    .bytes(1, new Wire().bytes(1, SESSION).done()).done()).done()).done())
            .bytes(2, new byte[0]).varint(3, -1).varint(4, -1).bytes(5, new byte[0]).done();

    private static byte[] row() {
        return new Wire().varint(19, 1002).bytes(17, MARSHALLED).done();
    }

    @Test
    void aRowAsWildFlyWritesItIsIntact() {
        assertTrue(SessionEnvelope.intact(row()));
        byte[] times = new Wire().varint(19, 1003).bytes(17, new Wire().varint(1, 1_733_000_000L).fixed64(2).done()).done();
        assertTrue(SessionEnvelope.intact(times), "a session's times: no value inside");
    }

    @Test
    void aRowCutShortIsNot() {
        byte[] row = row();
        for (int cut = 1; cut <= MARSHALLED.length; cut++) {
            assertFalse(SessionEnvelope.intact(Arrays.copyOf(row, row.length - cut)), "cut by " + cut);
        }
    }

    @Test
    void aValueAnnouncingMoreThanItHoldsIsNotThoughTheRowAroundItIsWhole() {
        // the outer levels' lengths are right (written from real bytes); the value's prefix came from
        // the pass that counted the session before it changed
        byte[] value = new Wire().varint(19, 2).bytes(17, new Wire().bytes(1, SESSION).done(), 40).done();
        byte[] marshalled = new Wire().bytes(1, value).done();
        assertFalse(SessionEnvelope.intact(new Wire().varint(19, 1002).bytes(17, marshalled).done()));
        byte[] shorter = new Wire().varint(19, 2).bytes(17, new Wire().bytes(1, SESSION).done(), 3).done();
        assertFalse(SessionEnvelope.intact(new Wire().varint(19, 1002).bytes(17, new Wire().bytes(1, shorter).done()).done()),
                "announcing less leaves bytes that are no field");
    }

    @Test
    void theSessionsBytesAnnouncingLessThanWrittenAreNot() {
        // the shape of the row the test suite stored (src/test/resources/sessions): every level
        // right but the session's own bytes, counted before a change and written after it
        byte[] bbmv = new Wire().varint(12, 128).bytes(1, new Wire().bytes(1, SESSION, SESSION.length - 4).done()).done();
        byte[] value = new Wire().varint(19, 2).bytes(17, new Wire().bytes(1, bbmv).done()).done();
        assertFalse(SessionEnvelope.intact(new Wire().varint(19, 1002).bytes(17, new Wire().bytes(1, value).done()).done()));
    }

    @Test
    void rowsTheTestSuiteStoredAreJudgedAsWildFlyReadThem() throws Exception {
        assertFalse(SessionEnvelope.intact(resource("unreadable-row.bin")), "WildFly's start failed on it: IPROTO000003");
        assertTrue(SessionEnvelope.intact(resource("times-row.bin")), "the same session's times, read fine");
    }

    private static byte[] resource(String name) throws Exception {
        try (var in = SessionEnvelopeTest.class.getResourceAsStream("/sessions/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void bytesThatAreNoRowAtAllAreNot() {
        assertFalse(SessionEnvelope.intact(SESSION));
        assertFalse(SessionEnvelope.intact(new byte[] {(byte) 0x9a, (byte) 0xff, (byte) 0xff}), "a varint that never ends");
        assertFalse(SessionEnvelope.intact(new byte[] {0x0b, 0x00}), "a group: never written");
    }
}
