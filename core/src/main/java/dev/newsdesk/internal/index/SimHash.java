package dev.newsdesk.internal.index;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 64-bit SimHash of a text's word 3-shingles: near-duplicate texts (a syndicated copy, a repost
 * with a changed sentence) have fingerprints a few bits apart. Split into four 16-bit bands, two
 * fingerprints within {@value #MAX_DISTANCE} bits share at least one band exactly, which makes
 * candidates cheap to find with term queries.
 */
final class SimHash {
  private SimHash() {}

  static final int MAX_DISTANCE = 3;
  static final int BANDS = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SHINGLE = 3;

  static long of(String text) {
    int[] weights = new int[64];
    String[] window = new String[SHINGLE];
    int seen = 0;
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      System.arraycopy(window, 1, window, 0, SHINGLE - 1);
      window[SHINGLE - 1] = m.group();
      if (++seen >= SHINGLE) {
        long h = hash(String.join(" ", window));
        for (int bit = 0; bit < 64; bit++) {
          weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
        }
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  static boolean near(long a, long b) {
    return Long.bitCount(a ^ b) <= MAX_DISTANCE;
  }

  /** The band values of a fingerprint, as the keyword terms indexed for it. */
  static String[] bands(long fingerprint) {
    String[] bands = new String[BANDS];
    for (int i = 0; i < BANDS; i++) {
      bands[i] = i + ":" + Long.toHexString((fingerprint >>> (16 * i)) & 0xFFFF);
    }
    return bands;
  }

  /** 64-bit FNV-1a with a final avalanche, so that every bit is equally likely. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
