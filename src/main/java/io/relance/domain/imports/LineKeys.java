package io.relance.domain.imports;

/**
 * The duplicate keys of the lines planned so far → the index of the line that holds them, in two
 * primitive arrays: a 1,000,000-line file has ~3,000,000 keys (email, phone, name at outlet), which
 * as a {@code HashMap<String, Integer>} weigh ~400 MB, here ~12 bytes each (~50–100 MB).
 * <p>
 * A key is kept as a 64-bit hash of its text, not the text: two different keys share a hash with
 * odds of about n² / 2⁶⁵ (2.5 × 10⁻⁷ for 3,000,000 keys), and the cost would be one line of the
 * same file reported as a duplicate of another; the file's own lines are the only keys, so only
 * the importer could craft such a pair, against their own import.
 */
final class LineKeys {

    private static final int EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;

    LineKeys() {
        allocate(1024);
    }

    /** The index stored for the key, or null. */
    Integer get(String key) {
        long h = hash(key);
        int mask = keys.length - 1;
        for (int i = slot(h, mask); values[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == h) {
                return values[i];
            }
        }
        return null;
    }

    void put(String key, int index) {
        store(hash(key), index, true);
    }

    void putIfAbsent(String key, int index) {
        store(hash(key), index, false);
    }

    int size() {
        return size;
    }

    private void store(long h, int index, boolean replace) {
        int mask = keys.length - 1;
        int i = slot(h, mask);
        for (; values[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == h) {
                if (replace) {
                    values[i] = index;
                }
                return;
            }
        }
        keys[i] = h;
        values[i] = index;
        if (++size * 4 > keys.length * 3) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(keys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != EMPTY) {
                store(oldKeys[i], oldValues[i], true);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        java.util.Arrays.fill(values, EMPTY);
    }

    private static int slot(long h, int mask) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser to spread the bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
