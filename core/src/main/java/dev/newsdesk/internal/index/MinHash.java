package dev.newsdesk.internal.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/**
 * MinHash signatures of a text's word 3-shingles, with locality-sensitive bands: two texts whose
 * shingle sets overlap strongly (a syndicated copy, a repost with a changed sentence) agree on most
 * signature values, and almost surely on every value of at least one band, which makes candidates
 * cheap to find with term queries.
 */
final class MinHash {
  private MinHash() {}

  static final int SIZE = 64;
  static final int ROWS_PER_BAND = 4;
  /**
   * The bands two signatures must share before they are compared. One shared band is often chance
   * where texts share boilerplate; a near-duplicate (similarity {@value #NEAR}) shares two of the
   * {@value #SIZE}/{@value #ROWS_PER_BAND} bands with probability 0.997, and at 0.9 almost surely.
   */
  static final int BANDS_TO_COMPARE = 2;

  /** The least share of equal signature values (an estimate of Jaccard similarity) for near-duplicates. */
  static final double NEAR = 0.8;

  /** FNV-1a, for the words' characters. */
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final int SHINGLE = 3;
  private static final int[] SEEDS = seeds();
  private static final VarHandle BIG_ENDIAN_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private static int[] seeds() {
    int[] seeds = new int[SIZE];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      seeds[i] = (int) x;
    }
    return seeds;
  }

  /** The signature of the text's word 3-shingles; words are runs of letters and digits, case-folded. */
  static int[] signature(String text) {
    Shingles shingles = new Shingles();
    long word = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.charAt(i);
      boolean letterOrDigit;
      if (c < 0x80) { // ASCII, most of the text: no Unicode tables
        letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        c = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        i++;
      } else {
        c = text.codePointAt(i);
        i += Character.charCount(c);
        letterOrDigit = Character.isLetterOrDigit(c);
        c = Character.toLowerCase(c);
      }
      if (letterOrDigit) {
        word = (word ^ c) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        shingles.add(mix(word));
        word = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      shingles.add(mix(word));
    }
    return shingles.signature();
  }

  /**
   * One-permutation MinHash (Li, Owen and Zhang, 2012): each shingle is hashed once, the hash's top
   * bits choose one of the {@value #SIZE} bins and the bin keeps its least value. That costs one hash
   * per shingle instead of one per shingle and signature value, and estimates the overlap as well
   * when texts have more shingles than bins; bins no shingle fell in borrow from the next bin that
   * has one (rotation densification, Shrivastava and Li, 2014), so short texts still compare.
   */
  private static final class Shingles {
    private static final int EMPTY = Integer.MAX_VALUE;
    private static final int BIN_BITS = Integer.numberOfTrailingZeros(SIZE);

    private final int[] mins = new int[SIZE];
    private long first;
    private long second;
    private int words;

    Shingles() {
      Arrays.fill(mins, EMPTY);
    }

    void add(long word) {
      if (++words >= SHINGLE) {
        // Order matters: "a b c" and "c b a" are different shingles.
        long shingle = mix(mix(first * 31 + second) * 31 + word);
        int bin = (int) (shingle >>> (Long.SIZE - BIN_BITS));
        // Below EMPTY, so that a filled bin never reads as empty.
        int value = (int) shingle >>> 1;
        if (value < mins[bin]) {
          mins[bin] = value;
        }
      }
      first = second;
      second = word;
    }

    /** The bins, each empty one filled from the next filled bin (in a circle) and how far that is. */
    int[] signature() {
      int[] signature = mins.clone();
      for (int bin = 0; bin < SIZE; bin++) {
        if (mins[bin] != EMPTY) {
          continue;
        }
        for (int distance = 1; distance < SIZE; distance++) {
          int donor = mins[(bin + distance) % SIZE];
          if (donor != EMPTY) {
            signature[bin] = mix32(donor ^ SEEDS[distance]);
            break;
          }
        }
      }
      return signature;
    }
  }

  /** The most positions at which near-duplicates' signatures may disagree: they agree at {@value #NEAR} of them. */
  private static final int MAX_DISAGREEING = SIZE - (int) Math.ceil(NEAR * SIZE);

  /**
   * Whether a signature agrees with one stored by {@link #toBytes} at {@value #NEAR} of its
   * positions or more. Most candidates are not near-duplicates: the comparison stops at the first
   * disagreement too many.
   */
  static boolean isNear(int[] a, BytesRef b) {
    int disagreeing = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] != (int) BIG_ENDIAN_INT.get(b.bytes, b.offset + i * Integer.BYTES) && ++disagreeing > MAX_DISAGREEING) {
        return false;
      }
    }
    return true;
  }

  /**
   * One term per band: the band's number and a 32-bit hash of its values, five bytes in all.
   * Short terms keep the terms dictionary small and its seeks cheap; a rare false match of two
   * bands costs nothing, since candidates are compared by their whole signatures.
   */
  static BytesRef[] bands(int[] signature) {
    BytesRef[] bands = new BytesRef[SIZE / ROWS_PER_BAND];
    for (int b = 0; b < bands.length; b++) {
      long h = b;
      for (int r = 0; r < ROWS_PER_BAND; r++) {
        h = mix(h * 31 + signature[b * ROWS_PER_BAND + r]);
      }
      byte[] term = ByteBuffer.allocate(1 + Integer.BYTES).put((byte) b).putInt((int) (h ^ (h >>> 32))).array();
      bands[b] = new BytesRef(term);
    }
    return bands;
  }

  static byte[] toBytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(SIZE * Integer.BYTES);
    for (int v : signature) {
      buffer.putInt(v);
    }
    return buffer.array();
  }

  /** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
  private static int mix32(int h) {
    h = (h ^ (h >>> 16)) * 0x85EBCA6B;
    h = (h ^ (h >>> 13)) * 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /** SplitMix64's finaliser: every input bit affects every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
