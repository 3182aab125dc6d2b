package dev.newsdesk.fetch;

import java.net.URI;

/**
 * Fetches one web page. The stage a host replaces to use its own HTTP stack or cache.
 *
 * <p>{@code Page page = Fetcher.create(FetchPolicy.DEFAULT).fetch(URI.create("https://example.com/a"));}
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Fetcher {

  /**
   * Fetches {@code uri} and returns its final URL, bytes and declared charset.
   *
   * @throws FetchException if the page cannot be fetched or the policy forbids it
   */
  Page fetch(URI uri);

  /** The default fetcher, on the JDK's {@code HttpClient}, obeying {@code policy}. */
  static Fetcher create(FetchPolicy policy) {
    return new dev.newsdesk.internal.fetch.HttpFetcher(policy);
  }
}
