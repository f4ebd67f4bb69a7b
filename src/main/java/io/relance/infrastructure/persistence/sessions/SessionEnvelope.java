package io.relance.infrastructure.persistence.sessions;

/**
 * Whether a stored session row is complete, read as Protocol Buffers' wire format without knowing
 * its types. WildFly writes each row as a ProtoStream {@code WrappedMessage} (its message in field
 * 17) around a {@code MarshalledValue} (the value in field 1), itself a {@code WrappedMessage} around
 * the session's marshalled value (field 1: its bytes, in field 1 again). Every one of those levels
 * must end exactly where its lengths say. The length of the innermost one comes from a pass that
 * counts the session's bytes before another pass writes them: a session that changed in between
 * gives a row whose last level announces fewer or more bytes than it holds (a row of the test suite:
 * 10,010 announced, 10,086 written), and WildFly's start reads every row and fails the deployment on
 * one such (IPROTO000003). Below those levels the session's bytes are opaque, as they are to that start.
 */
final class SessionEnvelope {

    /** The nested messages every row has: the row's message, its value, the value's message, its bytes, their content. */
    private static final int[] ENVELOPE = {17, 1, 17, 1, 1};

    private final byte[] row;
    private int at;

    private SessionEnvelope(byte[] row) {
        this.row = row;
    }

    static boolean intact(byte[] row) {
        SessionEnvelope reader = new SessionEnvelope(row);
        int from = 0;
        int to = row.length;
        for (int level = 0; level <= ENVELOPE.length; level++) {
            int[] nested = reader.fields(from, to, level < ENVELOPE.length ? ENVELOPE[level] : -1);
            if (nested == null) {
                return false;
            }
            if (nested.length == 0) {
                return true; // a row without this level (a session's times): nothing more to check
            }
            from = nested[0];
            to = nested[1];
        }
        return true;
    }

    private static final int[] ABSENT = {};

    /**
     * Reads the fields of {@code row[from, to)}: null unless they end exactly at {@code to}; else the
     * bounds of the length-delimited field {@code wanted}, or ABSENT.
     */
    private int[] fields(int from, int to, int wanted) {
        int[] found = ABSENT;
        at = from;
        while (at < to) {
            long key = varint(to);
            int field = (int) (key >>> 3);
            int wireType = (int) (key & 7);
            if (key < 0) {
                return null;
            } else if (wireType == 0) {
                if (varint(to) < 0) {
                    return null;
                }
            } else if (wireType == 1 || wireType == 5) {
                at += wireType == 1 ? 8 : 4;
            } else if (wireType == 2) {
                long length = varint(to);
                if (length < 0 || length > to - at) {
                    return null; // "input data ended unexpectedly in the middle of a field"
                }
                if (field == wanted && found == ABSENT) {
                    found = new int[] {at, at + (int) length};
                }
                at += (int) length;
            } else {
                return null; // groups (3, 4) are never written; 6 and 7 do not exist
            }
        }
        return at == to ? found : null;
    }

    /** The varint at {@code at}, moving past it; -1 if it runs past {@code to} or is longer than 64 bits. */
    private long varint(int to) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= to) {
                return -1;
            }
            byte b = row[at++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value < 0 ? Long.MAX_VALUE : value;
            }
        }
        return -1;
    }
}
