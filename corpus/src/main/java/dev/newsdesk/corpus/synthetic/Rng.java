package dev.newsdesk.corpus.synthetic;

import java.util.List;

/**
 * SplitMix64: a tiny, fully specified generator, so that a seed gives the same stream on every
 * JVM and platform ({@code java.util.Random} would too, but this one also splits cheaply by page).
 * Transcendental functions go through {@link StrictMath} for the same reason.
 */
final class Rng {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  private Rng(long state) {
    this.state = state;
  }

  /** The generator for one purpose ({@code stream}) of one page of one corpus. */
  static Rng of(long seed, long index, long stream) {
    return new Rng(mix(mix(seed + GOLDEN) ^ mix(index * GOLDEN + stream)));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return (int) ((nextLong() >>> 1) % bound);
  }

  /** Uniform in [from, to], both included. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  /** Standard normal (Box-Muller). */
  double gaussian() {
    double u = 1.0 - nextDouble();
    double v = nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  <T> T pick(T[] items) {
    return items[nextInt(items.length)];
  }
}
