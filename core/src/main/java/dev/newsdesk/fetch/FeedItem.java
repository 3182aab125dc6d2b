package dev.newsdesk.fetch;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a feed or sitemap: the page it points to and what the feed says about it.
 *
 * <p>{@code for (FeedItem item : Feed.parse(page).items()) System.out.println(item.url() + " " + item.title());}
 *
 * @param url the page's URL (RSS {@code link}, Atom {@code link rel=alternate}, sitemap {@code loc})
 * @param title the title the feed gives (RSS and Atom {@code title}, Google News
 *     {@code news:title}); empty if none
 * @param published when the item was published (RSS {@code pubDate} or {@code dc:date}, Atom
 *     {@code published}, Google News {@code news:publication_date})
 * @param updated when it last changed (Atom {@code updated}, sitemap {@code lastmod})
 * @param guid the item's identifier (RSS {@code guid}, Atom {@code id}, RDF {@code rdf:about});
 *     empty if none
 * @since 0.1
 */
public record FeedItem(URI url, String title, Optional<OffsetDateTime> published, Optional<OffsetDateTime> updated, String guid) {
  public FeedItem {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(guid, "guid");
  }

  /** The publication date, else the last update. */
  public Optional<OffsetDateTime> date() {
    return published.or(() -> updated);
  }
}
