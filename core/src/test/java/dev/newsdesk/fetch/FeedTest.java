package dev.newsdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FeedTest {
  private static final String BASE = "https://news.example.com";

  private static Feed parse(String xml, String path) {
    return Feed.parse(Page.of(xml.getBytes(StandardCharsets.UTF_8), URI.create(BASE + path)));
  }

  private static List<URI> urls(Feed feed) {
    return feed.items().stream().map(FeedItem::url).toList();
  }

  @Nested
  class Formats {
    @Test
    void readsRss2() {
      Feed feed = parse("""
          <?xml version="1.0" encoding="UTF-8"?>
          <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Example News</title><link>https://news.example.com/</link>
              <item><title>Talks begin</title><link>https://news.example.com/2024/01/25/talks</link>
                <guid isPermaLink="false">talks-123</guid><pubDate>Thu, 25 Jan 2024 14:30:00 -0500</pubDate></item>
              <item><title><![CDATA[Rates <held>]]></title><link>/2024/01/26/rates</link>
                <dc:date>2024-01-26T09:00:00Z</dc:date></item>
              <item><title>By guid only</title><guid>https://news.example.com/2024/01/27/guid</guid>
                <pubDate>Sat, 27 Jan 24 08:00 GMT</pubDate></item>
            </channel>
          </rss>""", "/rss.xml");
      assertEquals(Feed.Format.RSS_2, feed.format());
      assertEquals("Example News", feed.title());
      assertEquals(List.of(URI.create(BASE + "/2024/01/25/talks"), URI.create(BASE + "/2024/01/26/rates"),
          URI.create(BASE + "/2024/01/27/guid")), urls(feed));
      FeedItem first = feed.items().get(0);
      assertEquals("Talks begin", first.title());
      assertEquals("talks-123", first.guid());
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-25T14:30:00-05:00")), first.published());
      assertEquals("Rates <held>", feed.items().get(1).title());
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-26T09:00:00Z")), feed.items().get(1).published());
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-27T08:00:00Z")), feed.items().get(2).published());
    }

    @Test
    void readsRss1Rdf() {
      Feed feed = parse("""
          <?xml version="1.0"?>
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                   xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://news.example.com/"><title>RDF News</title></channel>
            <item rdf:about="https://news.example.com/a"><title>A</title><link>https://news.example.com/a</link>
              <dc:date>2024-01-25T10:00:00+01:00</dc:date></item>
            <item rdf:about="https://news.example.com/b"><title>B</title></item>
          </rdf:RDF>""", "/index.rdf");
      assertEquals(Feed.Format.RSS_1, feed.format());
      assertEquals("RDF News", feed.title());
      assertEquals(List.of(URI.create(BASE + "/a"), URI.create(BASE + "/b")), urls(feed));
      assertEquals("https://news.example.com/a", feed.items().get(0).guid());
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-25T10:00:00+01:00")), feed.items().get(0).published());
    }

    @Test
    void readsAtom() {
      Feed feed = parse("""
          <?xml version="1.0" encoding="utf-8"?>
          <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
            <entry><title>First</title><id>tag:news.example.com,2024:1</id>
              <link rel="self" href="/entries/1.xml"/><link rel="alternate" type="text/html" href="/2024/first"/>
              <published>2024-01-25T14:30:00Z</published><updated>2024-01-26T08:00:00Z</updated></entry>
            <entry><title>Second</title><id>urn:2</id><link href="https://news.example.com/2024/second"/>
              <updated>2024-01-27T08:00:00Z</updated></entry>
          </feed>""", "/atom.xml");
      assertEquals(Feed.Format.ATOM, feed.format());
      assertEquals("Atom News", feed.title());
      assertEquals(List.of(URI.create(BASE + "/2024/first"), URI.create(BASE + "/2024/second")), urls(feed));
      FeedItem first = feed.items().get(0);
      assertEquals("tag:news.example.com,2024:1", first.guid());
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-25T14:30:00Z")), first.published());
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-26T08:00:00Z")), first.updated());
      FeedItem second = feed.items().get(1);
      assertTrue(second.published().isEmpty());
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-27T08:00:00Z")), second.date());
    }

    @Test
    void readsASitemap() {
      Feed feed = parse("""
          <?xml version="1.0" encoding="UTF-8"?>
          <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://news.example.com/a</loc><lastmod>2024-01-25</lastmod></url>
            <url><loc>https://news.example.com/b</loc></url>
          </urlset>""", "/sitemap.xml");
      assertEquals(Feed.Format.SITEMAP, feed.format());
      assertEquals(List.of(URI.create(BASE + "/a"), URI.create(BASE + "/b")), urls(feed));
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-25T00:00:00Z")), feed.items().get(0).updated());
    }

    @Test
    void readsAGoogleNewsSitemap() {
      Feed feed = parse("""
          <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://news.example.com/2024/01/25/talks</loc>
              <news:news><news:publication><news:name>Example News</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>2024-01-25T14:30:00-05:00</news:publication_date>
                <news:title>Talks on troop withdrawal begin</news:title></news:news></url>
          </urlset>""", "/news-sitemap.xml");
      assertEquals(Feed.Format.NEWS_SITEMAP, feed.format());
      FeedItem item = feed.items().get(0);
      assertEquals("Talks on troop withdrawal begin", item.title());
      assertEquals(Optional.of(OffsetDateTime.parse("2024-01-25T14:30:00-05:00")), item.published());
    }

    @Test
    void readsASitemapIndex() {
      Feed feed = parse("""
          <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://news.example.com/sitemap-1.xml</loc></sitemap>
            <sitemap><loc>/sitemap-2.xml.gz</loc><lastmod>2024-01-25</lastmod></sitemap>
          </sitemapindex>""", "/sitemap-index.xml");
      assertEquals(Feed.Format.SITEMAP_INDEX, feed.format());
      assertEquals(List.of(URI.create(BASE + "/sitemap-1.xml"), URI.create(BASE + "/sitemap-2.xml.gz")), feed.sitemaps());
      assertTrue(feed.items().isEmpty());
    }

    @Test
    void readsAPrefixedAtomFeed() {
      Feed feed = parse("<atom:feed xmlns:atom='http://www.w3.org/2005/Atom'><atom:title>T</atom:title>"
          + "<atom:entry><atom:link href='/x'/><atom:title>X</atom:title></atom:entry></atom:feed>", "/a.xml");
      assertEquals(List.of(URI.create(BASE + "/x")), urls(feed));
    }
  }

  @Nested
  class BadInput {
    @Test
    void refusesSomethingThatIsNotAFeed() {
      FeedException e = assertThrows(FeedException.class, () -> parse("<config><a>1</a></config>", "/config.xml"));
      assertEquals(URI.create(BASE + "/config.xml"), e.uri());
      assertEquals(FetchException.Reason.NOT_A_FEED, e.reason());
      assertTrue(e.getMessage().contains(BASE + "/config.xml") && e.getMessage().contains("<config>"), e.getMessage());
    }

    @Test
    void refusesPlainTextAndEmptyBodies() {
      assertThrows(FeedException.class, () -> parse("this is not XML at all", "/garbage"));
      FeedException empty = assertThrows(FeedException.class, () -> parse("", "/empty"));
      assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }

    @Test
    void refusesAnHtmlPagePointingToDiscovery() {
      FeedException e = assertThrows(FeedException.class, () -> parse("<!doctype html><html><body>hi</body></html>", "/"));
      assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
    }

    @Test
    void keepsTheItemsBeforeABreakInMalformedXml() {
      Feed feed = parse("<rss><channel><title>Broken</title><item><title>Whole</title><link>/whole</link></item>"
          + "<item><title>Cut <b>off</title><link>/cut", "/broken.xml");
      assertEquals(URI.create(BASE + "/whole"), feed.items().get(0).url());
    }

    @Test
    void neverResolvesExternalEntities() {
      Feed feed = parse("""
          <?xml version="1.0"?>
          <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
          <rss><channel><title>&secret;</title><item><title>&secret;</title><link>/x</link></item></channel></rss>""",
          "/xxe.xml");
      assertFalse(feed.title().contains("root:"), feed.title());
      assertFalse(feed.items().get(0).title().contains("root:"));
    }

    @Test
    void dropsRepeatedAndUnusableLinks() {
      Feed feed = parse("<rss><channel><item><link>/a</link></item><item><link>/a#comments</link></item>"
          + "<item><link>mailto:desk@example.com</link></item><item><link></link></item><item><link>/b</link></item>"
          + "</channel></rss>", "/rss");
      assertEquals(List.of(URI.create(BASE + "/a"), URI.create(BASE + "/b")), urls(feed));
    }
  }

  @Test
  void discoversTheFeedsAPageLinksTo() {
    Page home = Page.of("<html><head><link rel='stylesheet' href='/s.css'>"
        + "<link rel='alternate' type='application/rss+xml' title='Main' href='/rss.xml'>"
        + "<link rel='alternate' type='application/atom+xml' href='https://news.example.com/atom.xml'>"
        + "<link rel='alternate' hreflang='fr' href='/fr/'></head><body></body></html>", BASE + "/");
    assertEquals(List.of(URI.create(BASE + "/rss.xml"), URI.create(BASE + "/atom.xml")), Feed.discover(home));
    assertEquals(List.of(), Feed.discover(Page.of("<html><body>no feed</body></html>", BASE + "/")));
  }
}
