package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.IngestReport.Outcome;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.fetch.FeedException;
import dev.newsdesk.fetch.FetchException;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsdeskFeedTest {
  /** Loopback allowed, robots.txt obeyed, no politeness delay. */
  private static final FetchPolicy POLICY = FetchPolicy.DEFAULT.allowingPrivateAddresses().withPoliteness(1, Duration.ZERO)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  private LoopbackServer server;
  private final AtomicInteger extracted = new AtomicInteger();

  @BeforeEach
  void start() {
    server = LoopbackServer.start();
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    for (String name : List.of("a", "b", "c", "private/x")) {
      server.page("/" + name, "text/html; charset=utf-8", story("Story " + name, true));
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Newsdesk desk() {
    return Newsdesk.inMemory(config());
  }

  private NewsdeskConfig config() {
    ArticleExtractor standard = ArticleExtractor.standard();
    return NewsdeskConfig.DEFAULT.withFetchPolicy(POLICY).withExtractor(page -> {
      extracted.incrementAndGet();
      return standard.extract(page);
    });
  }

  static String story(String title, boolean dated) {
    return "<html lang=en><head><title>" + title + " | Example News</title>"
        + "<meta property=og:site_name content=\"Example News\">"
        + (dated ? "<meta property=article:published_time content=\"2024-01-25T14:30:00-05:00\">" : "")
        + "</head><body><nav><a href=/>Home</a></nav><article><h1>" + title + "</h1>"
        + "<p>Defense Secretary Lloyd Austin said on Thursday that talks on the withdrawal of American forces"
        + " from Iraq would begin within days, and that any timetable would depend on the threat from the"
        + " Islamic State.</p>"
        + "<p>Shiite militias backed by Iran have attacked bases housing U.S. troops more than sixty times since"
        + " October, officials said, and Defense Secretary Austin has ordered retaliatory strikes.</p>"
        + "</article></body></html>";
  }

  private String rss(String... paths) {
    StringBuilder items = new StringBuilder();
    for (String path : paths) {
      items.append("<item><title>Feed title of ").append(path).append("</title><link>").append(server.url(path))
          .append("</link><guid>").append(path).append("</guid><pubDate>Thu, 25 Jan 2024 09:00:00 GMT</pubDate></item>");
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example News</title>" + items + "</channel></rss>";
  }

  private static String urlset(URI... urls) {
    StringBuilder s = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (URI url : urls) {
      s.append("<url><loc>").append(url).append("</loc></url>");
    }
    return s.append("</urlset>").toString();
  }

  @Test
  void ingestsTheItemsOfAFeedAndReportsTheOneThatIsMissing() {
    server.page("/rss.xml", "application/rss+xml", rss("/a", "/missing", "/b"));
    try (Newsdesk desk = desk()) {
      IngestReport report = desk.ingestFeed(server.url("/rss.xml"));
      assertEquals(List.of(server.url("/a"), server.url("/b")), report.indexed());
      assertEquals(1, report.failed().size());
      IngestReport.Item missing = report.failed().get(0);
      assertEquals(server.url("/missing"), missing.url());
      assertTrue(missing.reason().contains(server.url("/missing").toString()) && missing.reason().contains("404"), missing.reason());
      assertEquals(List.of(server.url("/a"), server.url("/missing"), server.url("/b")),
          report.items().stream().map(IngestReport.Item::url).toList(), "items in feed order");
      assertEquals(Outcome.READ, report.feeds().get(0).outcome());
      assertEquals(2, desk.size());
      assertEquals(1, server.requests("/robots.txt").size(), "robots.txt asked for, once");
    }
  }

  @Test
  void readsOnlyWhatIsNewTheNextTime() {
    AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
    AtomicReference<String> body = new AtomicReference<>(rss("/a", "/b"));
    server.on("/rss.xml", exchange -> {
      if (etag.get().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().add("ETag", etag.get());
      LoopbackServer.send(exchange, 200, "application/rss+xml", body.get().getBytes(StandardCharsets.UTF_8));
    });
    try (Newsdesk desk = desk()) {
      assertEquals(2, desk.ingestFeed(server.url("/rss.xml")).indexed().size());

      IngestReport unchanged = desk.ingestFeed(server.url("/rss.xml"));
      assertEquals(Outcome.UNCHANGED, unchanged.feeds().get(0).outcome());
      assertEquals(List.of(), unchanged.items());
      assertEquals("\"v1\"", server.requests("/rss.xml").get(1).header("If-None-Match"));

      etag.set("\"v2\"");
      body.set(rss("/c", "/a", "/b"));
      IngestReport next = desk.ingestFeed(server.url("/rss.xml"));
      assertEquals(List.of(server.url("/c")), next.indexed());
      assertEquals(List.of(server.url("/a"), server.url("/b")), next.unchanged());
      assertEquals(1, server.requests("/a").size(), "an item already indexed is not fetched again");
      assertEquals(3, desk.size());
      assertEquals(3, extracted.get());
    }
  }

  @Test
  void doesNotFetchAnItemIndexedFromAPageTheHostHad() {
    server.page("/rss.xml", "application/rss+xml", rss("/a", "/b"));
    try (Newsdesk desk = desk()) {
      desk.ingest(dev.newsdesk.fetch.Page.of(story("Story a", true), server.url("/a").toString()));
      IngestReport report = desk.ingestFeed(server.url("/rss.xml"));
      assertEquals(List.of(server.url("/a")), report.unchanged());
      assertEquals(List.of(server.url("/b")), report.indexed());
      assertEquals(0, server.requests("/a").size());
    }
  }

  @Test
  void anUnchangedPageCostsA304AndNoReindexing() {
    server.on("/tagged", exchange -> {
      if ("\"t1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().add("ETag", "\"t1\"");
      LoopbackServer.send(exchange, 200, "text/html", story("Tagged", true).getBytes(StandardCharsets.UTF_8));
    });
    try (Newsdesk desk = desk()) {
      assertEquals(List.of(server.url("/tagged")), desk.ingestAll(List.of(server.url("/tagged"))).indexed());
      IngestReport again = desk.ingestAll(List.of(server.url("/tagged")));
      assertEquals(List.of(server.url("/tagged")), again.unchanged());
      assertEquals("\"t1\"", server.requests("/tagged").get(1).header("If-None-Match"));
      assertEquals(1, extracted.get(), "not extracted, recognised or indexed again");
      assertEquals(1, desk.size());
    }
  }

  @Test
  void remembersWhatServersSaidInTheIndexFolder(@TempDir Path folder) {
    server.on("/dated", exchange -> {
      if ("Thu, 25 Jan 2024 20:00:00 GMT".equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().add("Last-Modified", "Thu, 25 Jan 2024 20:00:00 GMT");
      LoopbackServer.send(exchange, 200, "text/html", story("Dated", true).getBytes(StandardCharsets.UTF_8));
    });
    try (Newsdesk desk = Newsdesk.open(folder, config())) {
      desk.ingest(server.url("/dated")); // a single ingest remembers too
    }
    try (Newsdesk desk = Newsdesk.open(folder, config())) {
      assertEquals(List.of(server.url("/dated")), desk.ingestAll(List.of(server.url("/dated"))).unchanged());
      assertEquals(1, desk.size());
    }
    try (Newsdesk reader = Newsdesk.openReadOnly(folder)) {
      assertEquals(1, reader.size(), "the fetch state does not disturb the index");
    }
  }

  @Test
  void readsASitemapIndexPointingToTwoSitemaps() throws IOException {
    server.page("/sitemap-index.xml", "application/xml", "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + server.url("/sitemap-1.xml") + "</loc></sitemap>"
        + "<sitemap><loc>/sitemap-2.xml.gz</loc></sitemap></sitemapindex>");
    server.page("/sitemap-1.xml", "application/xml", urlset(server.url("/a"), server.url("/b")));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(urlset(server.url("/c"), server.url("/a")).getBytes(StandardCharsets.UTF_8));
    }
    server.on("/sitemap-2.xml.gz", exchange -> LoopbackServer.send(exchange, 200, "application/x-gzip", gz.toByteArray()));
    try (Newsdesk desk = desk()) {
      IngestReport report = desk.ingestFeed(server.url("/sitemap-index.xml"));
      assertEquals(List.of(server.url("/a"), server.url("/b"), server.url("/c")), report.indexed());
      assertEquals(List.of(server.url("/sitemap-index.xml"), server.url("/sitemap-1.xml"), server.url("/sitemap-2.xml.gz")),
          report.feeds().stream().map(IngestReport.Item::url).toList());
      assertTrue(report.feeds().stream().allMatch(f -> f.outcome() == Outcome.READ));
    }
  }

  @Test
  void reportsABrokenSitemapOfAnIndexAndReadsTheOthers() {
    server.page("/sitemap-index.xml", "application/xml", "<sitemapindex><sitemap><loc>/broken.xml</loc></sitemap>"
        + "<sitemap><loc>/gone.xml</loc></sitemap><sitemap><loc>/sitemap-1.xml</loc></sitemap></sitemapindex>");
    server.page("/broken.xml", "application/xml", "<config>not a sitemap</config>");
    server.page("/sitemap-1.xml", "application/xml", urlset(server.url("/a")));
    try (Newsdesk desk = desk()) {
      IngestReport report = desk.ingestFeed(server.url("/sitemap-index.xml"));
      assertEquals(List.of(server.url("/a")), report.indexed());
      assertEquals(List.of(server.url("/broken.xml"), server.url("/gone.xml")),
          report.failed().stream().map(IngestReport.Item::url).toList());
      assertTrue(report.hasFailures());
    }
  }

  @Test
  void skipsWhatRobotsTxtDisallows() {
    server.page("/rss.xml", "application/rss+xml", rss("/a", "/private/x"));
    try (Newsdesk desk = desk()) {
      IngestReport report = desk.ingestFeed(server.url("/rss.xml"));
      assertEquals(List.of(server.url("/a")), report.indexed());
      assertEquals(List.of(server.url("/private/x")), report.skippedByRobots());
      assertTrue(!report.hasFailures());
      assertEquals(0, server.requests("/private/x").size());
    }
  }

  @Test
  void refusesAMalformedFeedNamingIt() {
    server.page("/bad.xml", "application/xml", "<<<this is ]]> not <rss");
    server.page("/config.xml", "application/xml", "<config><a>1</a></config>");
    try (Newsdesk desk = desk()) {
      for (String path : List.of("/bad.xml", "/config.xml")) {
        FeedException e = assertThrows(FeedException.class, () -> desk.ingestFeed(server.url(path)));
        assertEquals(server.url(path), e.uri());
        assertTrue(e.getMessage().contains(server.url(path).toString()), e.getMessage());
      }
      assertEquals(0, desk.size());
    }
  }

  @Test
  void discoversTheFeedOfAPage() {
    server.page("/", "text/html", "<html><head><link rel=alternate type=application/atom+xml href=/atom.xml></head><body>Home</body></html>");
    server.page("/atom.xml", "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
        + "<entry><title>A</title><link href=\"/a\"/><id>a</id></entry></feed>");
    try (Newsdesk desk = desk()) {
      assertEquals(List.of(server.url("/a")), desk.ingestFeed(server.url("/")).indexed());
    }
  }

  @Test
  void discoversSitemapsFromRobotsTxt() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\nSitemap: " + server.url("/sitemap-1.xml") + "\n");
    server.page("/", "text/html", "<html><body>Home, no feed link</body></html>");
    server.page("/sitemap-1.xml", "application/xml", urlset(server.url("/b")));
    try (Newsdesk desk = desk()) {
      assertEquals(List.of(server.url("/b")), desk.ingestFeed(server.url("/")).indexed());
    }
  }

  @Test
  void aPageNamingNoFeedIsRefused() {
    server.page("/", "text/html", "<html><body>Home, no feed link</body></html>");
    try (Newsdesk desk = desk()) {
      FeedException e = assertThrows(FeedException.class, () -> desk.ingestFeed(server.url("/")));
      assertTrue(e.getMessage().contains("No feed found at " + server.url("/")), e.getMessage());
    }
  }

  @Test
  void refusesLoopbackUnlessTheHostOptsIn() {
    server.page("/rss.xml", "application/rss+xml", rss("/a"));
    try (Newsdesk strict = Newsdesk.inMemory()) {
      FetchException e = assertThrows(FetchException.class, () -> strict.ingestFeed(server.url("/rss.xml")));
      assertEquals(FetchException.Reason.BLOCKED_BY_POLICY, e.reason());
      assertTrue(e.getMessage().contains("allowingPrivateAddresses"), e.getMessage());
      assertEquals(List.of(), server.requests());
    }
  }

  @Test
  void fillsInTheDateAndTitleThePageLacksFromTheFeed() {
    server.page("/undated", "text/html", story("Undated story", false));
    server.page("/rss.xml", "application/rss+xml", rss("/undated"));
    try (Newsdesk desk = desk()) {
      desk.ingestFeed(server.url("/rss.xml"));
      assertEquals(1, desk.search().publishedBetween(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 1, 25)).fetchTotalHitCount());
    }
  }

  @Test
  void tellsTheListenerOfEachFeedAndPage() {
    server.page("/rss.xml", "application/rss+xml", rss("/a", "/missing", "/b"));
    List<String> events = new ArrayList<>();
    List<IngestProgress> progress = new ArrayList<>();
    try (Newsdesk desk = desk()) {
      desk.ingestFeed(server.url("/rss.xml"), new IngestListener() {
        @Override
        public void pageDone(IngestReport.Item page, IngestProgress p) {
          events.add(page.outcome() + " " + page.url().getPath());
          progress.add(p);
        }

        @Override
        public void feedDone(IngestReport.Item feed, IngestProgress p) {
          events.add(feed.outcome() + " " + feed.url().getPath());
        }
      });
    }
    assertEquals("READ /rss.xml", events.get(0));
    assertEquals(List.of("FAILED /missing", "INDEXED /a", "INDEXED /b"), events.subList(1, 4).stream().sorted().toList());
    IngestProgress last = progress.get(progress.size() - 1);
    assertEquals(3, last.done());
    assertEquals(3, last.total());
    assertEquals(1, last.failed());
    assertTrue(last.pagesPerSecond() > 0);
  }

  @Test
  void fetchesPagesOfDifferentSitesInParallel() {
    try (LoopbackServer other = LoopbackServer.start()) {
      other.page("/d", "text/html", story("Story d", true)).page("/e", "text/html", story("Story e", true));
      URI d = other.url("/d");
      URI e = other.url("/e");
      server.page("/rss.xml", "application/rss+xml", rss("/a", "/b").replace("</channel>",
          "<item><link>" + d + "</link></item><item><link>" + e + "</link></item></channel>"));
      FetchPolicy slow = POLICY.withPoliteness(1, Duration.ofMillis(200));
      try (Newsdesk desk = Newsdesk.inMemory(NewsdeskConfig.DEFAULT.withFetchPolicy(slow))) {
        IngestReport report = desk.ingestFeed(server.url("/rss.xml"));
        assertEquals(4, report.indexed().size());
      }
      long firstOther = other.requests().stream().filter(r -> !r.path().equals("/robots.txt")).findFirst().orElseThrow().atNanos();
      long lastHere = server.requests("/b").get(0).atNanos();
      assertTrue(firstOther < lastHere, "the second site waited for the first");
    }
  }
}
