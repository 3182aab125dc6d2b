package dev.newsdesk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk fetch} and {@code newsdesk index --feed} against a site on 127.0.0.1. */
class FetchCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpServer server;
  private final Map<String, String[]> pages = new ConcurrentHashMap<>();
  private final List<String> requested = new CopyOnWriteArrayList<>();

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = NewsdeskCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  static String story(String title) {
    return "<html lang=en><head><title>" + title + " | Example News</title>"
        + "<meta property=article:published_time content=\"2024-01-25T14:30:00-05:00\"></head><body>"
        + "<article><h1>" + title + "</h1>"
        + "<p>Defense Secretary Lloyd Austin said on Thursday that talks on the withdrawal of American forces"
        + " from Iraq would begin within days, and that any timetable would depend on the threat from the"
        + " Islamic State.</p>"
        + "<p>Shiite militias backed by Iran have attacked bases housing U.S. troops more than sixty times since"
        + " October, officials said, and Defense Secretary Austin has ordered retaliatory strikes.</p>"
        + "</article></body></html>";
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requested.add(path);
      String[] page = pages.get(path);
      if (page == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        byte[] body = page[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", page[0]);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
    pages.put("/robots.txt", new String[] {"text/plain", "User-agent: *\nDisallow: /private/\n"});
    pages.put("/2024/01/25/talks", new String[] {"text/html; charset=utf-8", story("Talks on troop withdrawal begin")});
    pages.put("/2024/01/26/strikes", new String[] {"text/html; charset=utf-8", story("Strikes on militia bases")});
    pages.put("/private/draft", new String[] {"text/html; charset=utf-8", story("A draft")});
    pages.put("/rss.xml", new String[] {"application/rss+xml", "<rss version=\"2.0\"><channel><title>Example</title>"
        + item("/2024/01/25/talks") + item("/2024/01/27/gone") + item("/2024/01/26/strikes") + item("/private/draft")
        + "</channel></rss>"});
  }

  private String item(String path) {
    return "<item><title>" + path + "</title><link>" + url(path) + "</link></item>";
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void fetchPrintsTheArticleOfOnePageAsJson() throws IOException {
    Run run = run("fetch", "--allow-private-addresses", url("/2024/01/25/talks"));
    assertEquals(0, run.status(), run.err());
    JsonNode article = JSON.readTree(run.out());
    assertEquals("Talks on troop withdrawal begin", article.get("title").asText());
    assertEquals(url("/2024/01/25/talks"), article.get("url").asText());
    assertTrue(article.get("text").asText().contains("Lloyd Austin"));
    assertTrue(requested.contains("/robots.txt"));
  }

  @Test
  void fetchRefusesLoopbackWithoutTheOptIn() {
    Run run = run("fetch", url("/2024/01/25/talks"));
    assertEquals(1, run.status());
    assertTrue(run.err().contains(url("/2024/01/25/talks")) && run.err().contains("FetchPolicy.allowingPrivateAddresses()"), run.err());
    assertEquals(List.of(), requested);
  }

  @Test
  void indexIngestsAFeedObeyingRobotsTxtAndReportsTheMissingItem(@TempDir Path folder) throws IOException {
    Path index = folder.resolve("index");
    Run run = run("index", "--index", index.toString(), "--allow-private-addresses", "--delay", "0", "--feed", url("/rss.xml"));
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().contains(url("/2024/01/27/gone")) && run.err().contains("404"), run.err());
    assertTrue(run.err().contains("skipped " + url("/private/draft")), run.err());
    assertFalse(run.err().contains("\r"), "no progress line when not on a terminal");
    assertTrue(run.out().contains("indexed 2, unchanged 0, skipped by robots.txt 1, failed 1"), run.out());
    assertTrue(requested.contains("/robots.txt"));
    assertFalse(requested.contains("/private/draft"));
    Run search = run("search", "--index", index.toString(), "--json");
    assertEquals(2, JSON.readTree(search.out()).get("total").asInt());

    Run again = run("index", "--index", index.toString(), "--allow-private-addresses", "--delay", "0", "--feed", url("/rss.xml"));
    assertTrue(again.out().contains("indexed 0, unchanged 2"), again.out());
  }

  @Test
  void indexRefusesALoopbackFeedWithoutTheOptIn(@TempDir Path folder) {
    Run run = run("index", "--index", folder.resolve("index").toString(), "--feed", url("/rss.xml"));
    assertEquals(1, run.status());
    assertTrue(run.err().contains(url("/rss.xml")) && run.err().contains("FetchPolicy.allowingPrivateAddresses()"), run.err());
    assertEquals(List.of(), requested);
  }

  @Test
  void indexIngestsPageUrlsPolitelyAndInParallel(@TempDir Path folder) {
    Run run = run("index", "--index", folder.resolve("index").toString(), "--allow-private-addresses", "--delay", "0",
        url("/2024/01/25/talks"), url("/2024/01/26/strikes"));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("indexed 2,"), run.out());
  }

  @Test
  void indexNeedsSomethingToIndex(@TempDir Path folder) {
    assertEquals(2, run("index", "--index", folder.resolve("index").toString()).status());
  }
}
