package dev.newsdesk.fetch;

import java.net.URI;

/**
 * The content at a URL is not a feed or sitemap that can be read: not XML, or XML whose root is
 * not {@code rss}, {@code rdf:RDF}, {@code feed}, {@code urlset} or {@code sitemapindex}; or an
 * HTML page that names no feed. Its {@link #reason()} is {@link FetchException.Reason#NOT_A_FEED}.
 *
 * <p>{@code try { Feed.parse(page); } catch (FeedException e) { log.warn(e.uri() + ": " + e.getMessage()); }}
 *
 * @since 0.1
 */
public class FeedException extends FetchException {
  private static final long serialVersionUID = 1L;

  /**
   * @param uri the feed's URI
   * @param message what was wrong, naming the URI
   * @param cause the underlying error, may be null
   */
  public FeedException(URI uri, String message, Throwable cause) {
    super(uri, Reason.NOT_A_FEED, -1, message, cause);
  }
}
