package dev.newsdesk.internal.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  /** The least share of equal signature values (an estimate of Jaccard similarity) for near-duplicates. */
  static final double NEAR = 0.8;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SHINGLE = 3;
  private static final long[] SEEDS = seeds();

  private static long[] seeds() {
    long[] seeds = new long[SIZE];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      seeds[i] = x;
    }
    return seeds;
  }

  static int[] signature(String text) {
    int[] mins = new int[SIZE];
    Arrays.fill(mins, Integer.MAX_VALUE);
    String[] window = new String[SHINGLE];
    int seen = 0;
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      System.arraycopy(window, 1, window, 0, SHINGLE - 1);
      window[SHINGLE - 1] = m.group();
      if (++seen >= SHINGLE) {
        long h = hash(window[0] + ' ' + window[1] + ' ' + window[2]);
        for (int i = 0; i < SIZE; i++) {
          int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
          if (v < mins[i]) {
            mins[i] = v;
          }
        }
      }
    }
    return mins;
  }

  /** The share of positions where two signatures agree. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  /** One term per band: the band's number and a hash of its values. */
  static String[] bands(int[] signature) {
    String[] bands = new String[SIZE / ROWS_PER_BAND];
    for (int b = 0; b < bands.length; b++) {
      long h = b;
      for (int r = 0; r < ROWS_PER_BAND; r++) {
        h = mix(h * 31 + signature[b * ROWS_PER_BAND + r]);
      }
      bands[b] = b + ":" + Long.toHexString(h);
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

  static int[] fromBytes(byte[] bytes, int offset, int length) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    int[] signature = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      signature[i] = buffer.getInt();
    }
    return signature;
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: every input bit affects every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
