package dev.newsdesk.corpus.synthetic;

import java.util.Arrays;

/** Samples ranks 0..n-1 with probability proportional to {@code 1 / (rank + 1)^s}. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double exponent) {
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1.0 / StrictMath.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
  }

  int size() {
    return cumulative.length;
  }

  int sample(Rng rng) {
    if (cumulative.length == 0) {
      throw new IllegalStateException("nothing to sample");
    }
    double target = rng.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, target);
    return Math.min(cumulative.length - 1, at >= 0 ? at + 1 : -at - 1);
  }
}
