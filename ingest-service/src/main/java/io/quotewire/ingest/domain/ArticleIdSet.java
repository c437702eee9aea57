package io.quotewire.ingest.domain;

import io.quotewire.contracts.ArticleText;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A set of article ids in about 24 bytes each (a {@code HashSet<String>} takes ~150): the first 128 bits of each
 * SHA-256 id in an open-addressing table. Two different texts share 128 bits with a chance of about 10^-26 at a
 * million articles, so a new article is never taken for a known one in practice. Thread-safe.
 */
// HPPC and fastutil hold 64-bit keys, whose prefix collisions (3 in 10^8 at a million ids) would answer a new
// article "duplicate" and so lose it; 128 bits need this small table of our own.
public final class ArticleIdSet {

    private static final int INITIAL_SLOTS = 1 << 12;

    private long[] high = new long[INITIAL_SLOTS];
    private long[] low = new long[INITIAL_SLOTS];
    private boolean[] used = new boolean[INITIAL_SLOTS];
    private int size;

    /** Adds {@code articleId}; answers whether it was new. */
    public synchronized boolean add(String articleId) {
        long[] key = key(articleId);
        if ((size + 1) * 3L > high.length * 2L) {
            grow();
        }
        return insert(key[0], key[1]);
    }

    /** Whether {@code articleId} was added. */
    public synchronized boolean contains(String articleId) {
        long[] key = key(articleId);
        int mask = high.length - 1;
        for (int slot = slotOf(key[0], mask); used[slot]; slot = (slot + 1) & mask) {
            if (high[slot] == key[0] && low[slot] == key[1]) {
                return true;
            }
        }
        return false;
    }

    public synchronized int size() {
        return size;
    }

    private boolean insert(long hi, long lo) {
        int mask = high.length - 1;
        int slot = slotOf(hi, mask);
        while (used[slot]) {
            if (high[slot] == hi && low[slot] == lo) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        high[slot] = hi;
        low[slot] = lo;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldHigh.length * 2];
        low = new long[oldHigh.length * 2];
        used = new boolean[oldHigh.length * 2];
        size = 0;
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldUsed[i]) {
                insert(oldHigh[i], oldLow[i]);
            }
        }
    }

    private static int slotOf(long hi, int mask) {
        // The id is a hash already; mixing the halves only guards against ids that are not.
        return (int) (hi ^ (hi >>> 32)) & mask;
    }

    /** The id's first 128 bits; an id that is not 32+ hex digits is hashed first, so any string can be held. */
    private static long[] key(String articleId) {
        String hex = articleId.length() >= 32 && articleId.chars().limit(32).allMatch(ArticleIdSet::isHex)
                ? articleId : ArticleText.sha256Hex(articleId.getBytes(StandardCharsets.UTF_8));
        return new long[] {HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32)};
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
