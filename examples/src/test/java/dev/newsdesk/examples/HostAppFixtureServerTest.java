package dev.newsdesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.Newsdesk;
import dev.newsdesk.NewsdeskException;
import dev.newsdesk.corpus.Corpus;
import dev.newsdesk.corpus.Fault;
import dev.newsdesk.corpus.Fixture;
import dev.newsdesk.corpus.FixtureServer;
import dev.newsdesk.corpus.FixtureServerExtension;
import dev.newsdesk.corpus.ServedRequest;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.search.Hit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.NodeList;

/**
 * How a host application tests its own news code against the corpus's fixture server: no
 * internet, realistic pages, feeds and failures on demand.
 *
 * <p>{@link FeedWatcher} stands for the host's code: it reads a feed with its own HTTP client,
 * retries once when throttled, and hands every page to Newsdesk. The tests start a server with
 * {@link FixtureServerExtension} (here serving the English fixtures only), script faults, and check both the host's results and the
 * requests the server saw.
 */
class HostAppFixtureServerTest {
  private static final Fixture SEED = Corpus.fixture("us-iraq-withdrawal-talks");

  /** A server of the English fixtures (the host monitors English news), one for the class. */
  @RegisterExtension
  static final FixtureServerExtension SERVER = FixtureServerExtension.serving(Corpus.inLanguage("en"));

  /** The host's own code under test: polls one feed and indexes what it links to. */
  static final class FeedWatcher {
    static final String USER_AGENT = "AcmeMonitor/2.1 (+https://acme.example/bot)";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Newsdesk desk;
    final Map<URI, String> failures = new TreeMap<>();
    int ingested;

    FeedWatcher(Newsdesk desk) {
      this.desk = desk;
    }

    void poll(URI feed) throws IOException, InterruptedException {
      HttpResponse<byte[]> response = get(feed);
      if (response.statusCode() == 429 || response.statusCode() == 503) {
        long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
        Thread.sleep(Duration.ofSeconds(Math.min(wait, 5)));
        response = get(feed);
      }
      if (response.statusCode() != 200) {
        throw new IOException("feed " + feed + " answered " + response.statusCode());
      }
      for (URI link : links(response.body())) {
        try {
          HttpResponse<byte[]> page = get(link);
          if (page.statusCode() != 200) {
            failures.put(link, "HTTP " + page.statusCode());
            continue;
          }
          desk.ingest(Page.of(page.body(), link));
          ingested++;
        } catch (IOException e) {
          failures.put(link, "broken response: " + e.getMessage());
        } catch (NewsdeskException e) {
          failures.put(link, e.getMessage());
        }
      }
    }

    private HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).header("User-Agent", USER_AGENT).build();
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<URI> links(byte[] rss) throws IOException {
      try {
        NodeList items = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(rss)).getElementsByTagName("item");
        List<URI> links = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
          org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
          links.add(URI.create(item.getElementsByTagName("link").item(0).getTextContent().strip()));
        }
        return links;
      } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
        throw new IOException("not a feed: " + e.getMessage(), e);
      }
    }
  }

  @Test
  void indexesEveryArticleTheFeedLinksTo(FixtureServer server) throws Exception {
    try (Newsdesk desk = Newsdesk.inMemory()) {
      FeedWatcher watcher = new FeedWatcher(desk);
      watcher.poll(server.rssUri());
      int inFeed = (int) server.fixtures().stream().filter(f -> !f.expected().text().isEmpty()).count();
      assertEquals(inFeed, watcher.ingested + watcher.failures.size());
      assertTrue(watcher.ingested >= inFeed * 0.9, watcher.failures.toString());
      Hit seed = desk.search().mentioning("Lloyd Austin").matching("withdrawal").fetchFirst().orElseThrow();
      assertEquals(SEED.expected().title(), seed.title());
    }
    List<ServedRequest> log = server.requests();
    assertEquals(FixtureServer.RSS_PATH, log.get(0).path());
    assertTrue(log.stream().allMatch(r -> r.userAgent().equals(FeedWatcher.USER_AGENT)));
    assertTrue(server.requests("/private/").isEmpty());
  }

  @Test
  void waitsAndRetriesOnceWhenTheFeedIsThrottled(FixtureServer server) throws Exception {
    server.fault(FixtureServer.RSS_PATH, Fault.tooManyRequests(Duration.ofSeconds(1)).once());
    try (Newsdesk desk = Newsdesk.inMemory()) {
      FeedWatcher watcher = new FeedWatcher(desk);
      watcher.poll(server.rssUri());
      assertTrue(watcher.ingested > 0);
    }
    List<ServedRequest> feed = server.requests(FixtureServer.RSS_PATH);
    assertEquals(List.of(429, 200), feed.stream().map(ServedRequest::status).toList());
    assertFalse(Duration.between(feed.get(0).time(), feed.get(1).time()).compareTo(Duration.ofMillis(900)) < 0,
        "retried before Retry-After had passed");
  }

  @Test
  void recordsPagesThatAreGoneOrCutShortAndKeepsTheRest(FixtureServer server) throws Exception {
    Fixture cut = Corpus.fixture("fed-holds-rates");
    server.fault(SEED, Fault.notFound()).fault(cut, Fault.truncated(500));
    try (Newsdesk desk = Newsdesk.inMemory()) {
      FeedWatcher watcher = new FeedWatcher(desk);
      watcher.poll(server.rssUri());
      assertEquals("HTTP 404", watcher.failures.get(server.uri(SEED)));
      assertTrue(watcher.failures.get(server.uri(cut)).startsWith("broken response"), watcher.failures.toString());
      assertTrue(desk.search().mentioning("Lloyd Austin").matching("withdrawal").fetch(5).hits().isEmpty());
      assertTrue(watcher.ingested > 0);
    }
  }
}
