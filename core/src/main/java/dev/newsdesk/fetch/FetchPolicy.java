package dev.newsdesk.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * What the default fetcher may do: which addresses it may reach, how long it waits, how much it
 * reads and how many redirects it follows.
 *
 * <p>{@code FetchPolicy policy = FetchPolicy.DEFAULT.allowingPrivateAddresses();}
 *
 * <p>By default ({@link #DEFAULT}) only public addresses are reached: loopback, private,
 * link-local, multicast and unspecified addresses are refused, so a URL from a user cannot reach
 * the host's internal services.
 *
 * @param allowPrivateAddresses whether loopback and private addresses may be fetched (default
 *     false)
 * @param timeout the longest a fetch may take, connect included (default 30 s)
 * @param maxBytes the largest body read (default 10 MB)
 * @param maxRedirects the most redirects followed (default 5)
 * @param userAgent the User-Agent header sent (default names the library)
 * @since 0.1
 */
public record FetchPolicy(
    boolean allowPrivateAddresses,
    Duration timeout,
    long maxBytes,
    int maxRedirects,
    String userAgent) {

  /** The safe defaults described above. */
  public static final FetchPolicy DEFAULT =
      new FetchPolicy(
          false,
          Duration.ofSeconds(30),
          10L * 1024 * 1024,
          5,
          "Newsdesk/0.1 (+https://newsdesk.dev/bot)");

  public FetchPolicy {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(userAgent, "userAgent");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0, was " + maxRedirects);
    }
  }

  /** This policy, also allowing loopback and private addresses (tests, intranet archives). */
  public FetchPolicy allowingPrivateAddresses() {
    return new FetchPolicy(true, timeout, maxBytes, maxRedirects, userAgent);
  }

  /** This policy with another overall timeout. */
  public FetchPolicy withTimeout(Duration newTimeout) {
    return new FetchPolicy(allowPrivateAddresses, newTimeout, maxBytes, maxRedirects, userAgent);
  }

  /** This policy with another body-size cap. */
  public FetchPolicy withMaxBytes(long newMaxBytes) {
    return new FetchPolicy(allowPrivateAddresses, timeout, newMaxBytes, maxRedirects, userAgent);
  }

  /** This policy with another User-Agent. */
  public FetchPolicy withUserAgent(String newUserAgent) {
    return new FetchPolicy(allowPrivateAddresses, timeout, maxBytes, maxRedirects, newUserAgent);
  }
}
