package dev.newsdesk.internal.entity;

/**
 * For pairs of words that open a known name, the lengths of those names in tokens, as bits
 * ({@link WordFacts#nameLength}). The recogniser asks this of every word that may start a name of
 * two tokens or more, so the table is two arrays of primitives probed in place, with no boxed
 * values or per-word maps to chase through memory.
 *
 * <p>A pair is keyed by the hash codes of its two words, so two pairs can share a key; their bits
 * are then merged. An answer may hold lengths that no name of that pair has, never miss one: it
 * only spares the recogniser looking up spans that cannot be names.
 */
final class WordPairLengths {
  private long[] keys = new long[1024];
  private long[] lengths = new long[1024];
  private int size;

  /** Adds the lengths bits {@code lengthBits} to the pair {@code first}, {@code second}. */
  void add(String first, String second, long lengthBits) {
    if (size * 2 >= keys.length) {
      grow();
    }
    long key = key(first, second);
    int slot = slot(key, keys);
    if (keys[slot] == 0) {
      keys[slot] = key;
      size++;
    }
    lengths[slot] |= lengthBits;
  }

  /** The lengths bits of the names opened by {@code first} and {@code second}; 0 when there are none. */
  long get(String first, String second) {
    long key = key(first, second);
    int slot = slot(key, keys);
    return keys[slot] == key ? lengths[slot] : 0;
  }

  /** The pair's key; never 0, which marks an empty slot. */
  private static long key(String first, String second) {
    long key = (long) first.hashCode() << 32 | second.hashCode() & 0xFFFFFFFFL;
    return key == 0 ? 1 : key;
  }

  /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
  private static int slot(long key, long[] keys) {
    int mask = keys.length - 1;
    long mixed = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (mixed ^ mixed >>> 32) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = slot + 1 & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldLengths = lengths;
    keys = new long[oldKeys.length * 2];
    lengths = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i], keys);
        keys[slot] = oldKeys[i];
        lengths[slot] = oldLengths[i];
      }
    }
  }
}
