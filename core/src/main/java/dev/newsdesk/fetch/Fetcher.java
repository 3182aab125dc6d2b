package dev.newsdesk.fetch;

import java.net.URI;

/**
 * Fetches web pages, feeds and sitemaps. The stage a host replaces to use its own HTTP stack or
 * cache.
 *
 * <p>{@code Page page = Fetcher.create(FetchPolicy.DEFAULT).fetch(URI.create("https://example.com/a"));}
 *
 * <p>The default fetcher ({@link #create}) behaves like a well-mannered crawler: it obeys
 * robots.txt, waits between requests to one host, retries politely, refuses private addresses,
 * and caps sizes and times, all as its {@link FetchPolicy} says. One fetcher should be shared:
 * its politeness and robots.txt cache work across the threads that use it.
 *
 * <p>Implementations must be thread-safe. A host's own fetcher need only implement
 * {@link #fetch(URI)}; {@link #fetch(FetchRequest)} then fetches unconditionally through it.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Fetcher {

  /**
   * Fetches the web page at {@code uri} and returns its final URL, bytes and declared charset.
   *
   * @throws FetchException if the page cannot be fetched or the policy forbids it
   */
  Page fetch(URI uri);

  /**
   * Fetches what {@code request} asks for, conditionally when it carries validators. The default
   * implementation ignores the validators and the kind, and calls {@link #fetch(URI)}.
   *
   * @throws FetchException if the content cannot be fetched or the policy forbids it
   * @since 0.1
   */
  default FetchResult fetch(FetchRequest request) {
    Page page = fetch(request.uri());
    return new FetchResult.Fetched(page, "", Validators.NONE);
  }

  /** The default fetcher, on the JDK's {@code HttpClient}, obeying {@code policy}. */
  static Fetcher create(FetchPolicy policy) {
    return new dev.newsdesk.internal.fetch.HttpFetcher(policy);
  }
}
