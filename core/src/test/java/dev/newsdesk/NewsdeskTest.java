package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.extract.ExtractionException;
import dev.newsdesk.extract.NoArticleException;
import dev.newsdesk.fetch.FetchException;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.search.Hit;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsdeskTest {
  private static final String STORY =
      "<html lang=en><head><title>Talks on troop withdrawal begin | Example News</title>"
          + "<meta property=og:site_name content=\"Example News\">"
          + "<meta property=article:published_time content=\"2024-01-25T14:30:00-05:00\"></head><body>"
          + "<nav><a href=/>Home</a></nav><article><h1>Talks on troop withdrawal begin</h1>"
          + "<p>Defense Secretary Lloyd Austin said on Thursday that talks on the withdrawal of American forces"
          + " from Iraq would begin within days, and that any timetable would depend on the threat from the"
          + " Islamic State.</p>"
          + "<p>Shiite militias backed by Iran have attacked bases housing U.S. troops more than sixty times since"
          + " October, officials said, and Defense Secretary Austin has ordered retaliatory strikes.</p>"
          + "</article></body></html>";
  private static final String SECTION_FRONT =
      "<html><body><nav><a href=/>Home</a></nav><ul><li><a href=/a>One headline</a></li>"
          + "<li><a href=/b>Another headline</a></li></ul></body></html>";

  @Test
  void ingestsAPageAndFindsItByWordsEntityAndType() {
    try (Newsdesk desk = Newsdesk.inMemory()) {
      Ingested done = desk.ingest(Page.of(STORY, "https://news.example.org/2024/01/25/talks"));
      assertEquals("Talks on troop withdrawal begin", done.article().title());
      assertTrue(done.recognition().entity("lloyd-austin").isPresent());
      Hit hit = desk.search().matching("withdrawal").mentioning("Lloyd Austin").mentioningAny(EntityType.GROUP)
          .fetchFirst().orElseThrow();
      assertEquals(URI.create("https://news.example.org/2024/01/25/talks"), hit.url());
    }
  }

  @Test
  void aPageWithoutAnArticleIsRefusedAndNothingIndexedIsLost() {
    try (Newsdesk desk = Newsdesk.inMemory()) {
      desk.ingest(Page.of(STORY, "https://news.example.org/2024/01/25/talks"));
      URI front = URI.create("https://news.example.org/world/");
      NoArticleException e = assertThrows(NoArticleException.class, () -> desk.ingest(Page.of(SECTION_FRONT, front.toString())));
      assertEquals(front, e.uri());
      assertThrows(ExtractionException.class, () -> desk.ingest(Page.of("", "https://news.example.org/empty")));
      assertEquals(1, desk.size());
      assertEquals(1, desk.search().mentioning("iraq").fetchTotalHitCount());
    }
  }

  @Test
  void ingestsByUriOverLoopbackWhenThePolicyAllowsIt() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/2024/01/25/talks", exchange -> {
      byte[] body = STORY.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/2024/01/25/talks");
    try (Newsdesk strict = Newsdesk.inMemory();
        Newsdesk open = Newsdesk.inMemory(NewsdeskConfig.DEFAULT.withFetchPolicy(
            FetchPolicy.DEFAULT.allowingPrivateAddresses().withTimeout(Duration.ofSeconds(5))))) {
      FetchException refused = assertThrows(FetchException.class, () -> strict.ingest(uri));
      assertTrue(refused.getMessage().contains("allowingPrivateAddresses"), refused.getMessage());
      assertEquals(0, strict.size());
      assertEquals("Talks on troop withdrawal begin", open.ingest(uri).article().title());
      assertEquals(1, open.search().mentioning("Islamic State").fetchTotalHitCount());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aReadOnlyDeskSearchesButDoesNotIngest(@TempDir Path folder) {
    try (Newsdesk desk = Newsdesk.open(folder)) {
      desk.ingest(Page.of(STORY, "https://news.example.org/2024/01/25/talks"));
    }
    try (Newsdesk reader = Newsdesk.openReadOnly(folder)) {
      assertEquals(1, reader.search().mentioning("lloyd-austin").fetchTotalHitCount());
      assertThrows(IllegalStateException.class, () -> reader.ingest(Page.of(STORY, "https://news.example.org/other")));
    }
  }

  @Test
  void closingTwiceIsHarmless() {
    Newsdesk desk = Newsdesk.inMemory();
    desk.close();
    desk.close();
  }
}
