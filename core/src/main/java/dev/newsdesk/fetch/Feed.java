package dev.newsdesk.fetch;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A feed or sitemap as read: its format, title and items, or, for a sitemap index, the sitemaps
 * it lists. Read with jsoup's XML parser, which never loads external entities or DTDs.
 *
 * <p>{@code for (FeedItem item : Feed.parse(page).items()) desk.ingest(item.url());}
 *
 * <p>Most hosts call {@code Newsdesk.ingestFeed(uri)}, which fetches, reads and ingests in one step.
 *
 * @param url the feed's URL
 * @param format what kind of feed it is
 * @param title the feed's title; empty for sitemaps
 * @param items its entries, in document order, without repeated URLs
 * @param sitemaps the sitemaps a sitemap index lists; empty for every other format
 * @since 0.1
 */
public record Feed(URI url, Format format, String title, List<FeedItem> items, List<URI> sitemaps) {

  /**
   * The formats read.
   *
   * @since 0.1
   */
  public enum Format {
    /** RSS 2.0 (and 0.9x): {@code <rss><channel><item>}. */
    RSS_2,
    /** RSS 1.0: {@code <rdf:RDF><item>}. */
    RSS_1,
    /** Atom 1.0: {@code <feed><entry>}. */
    ATOM,
    /** A sitemap: {@code <urlset><url><loc>}. */
    SITEMAP,
    /** A Google News sitemap: a sitemap whose entries carry {@code <news:news>}. */
    NEWS_SITEMAP,
    /** A sitemap index: {@code <sitemapindex><sitemap><loc>}. */
    SITEMAP_INDEX
  }

  public Feed {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    items = List.copyOf(items);
    sitemaps = List.copyOf(sitemaps);
  }

  /**
   * Reads the feed or sitemap in {@code page}, in the charset the page declares, else the one
   * its XML declaration or byte-order mark gives.
   *
   * @throws FeedException if the page is not a feed or sitemap (an HTML page included: see
   *     {@link #discover})
   */
  public static Feed parse(Page page) {
    return dev.newsdesk.internal.feed.FeedParser.parse(Objects.requireNonNull(page, "page"));
  }

  /**
   * The feeds an HTML page links to with {@code <link rel="alternate">} of an RSS, Atom or RDF
   * type, in page order; empty when it links to none.
   */
  public static List<URI> discover(Page htmlPage) {
    return dev.newsdesk.internal.feed.FeedParser.discover(Objects.requireNonNull(htmlPage, "htmlPage"));
  }
}
