package dev.newsdesk.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.Fetcher;
import dev.newsdesk.fetch.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@ExtendWith(FixtureServerExtension.class)
class FixtureServerTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Fetcher FETCHER =
      Fetcher.create(FetchPolicy.DEFAULT.allowingPrivateAddresses().withTimeout(Duration.ofSeconds(5)));
  private static final Fixture SEED = Corpus.fixture("us-iraq-withdrawal-talks");

  static HttpResponse<byte[]> get(URI uri, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static Document xml(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
  }

  static List<String> texts(NodeList nodes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }

  @Nested
  class Serving {
    @Test
    void servesEveryFixtureAtThePathOfItsUrlInItsOwnCharset(FixtureServer server) throws Exception {
      for (Fixture f : Corpus.fixtures()) {
        HttpResponse<byte[]> response = get(server.uri(f));
        assertEquals(f.has("error-page") ? 404 : 200, response.statusCode(), f.name());
        assertArrayEquals(f.html(), response.body(), f.name());
        String contentType = response.headers().firstValue("Content-Type").orElseThrow();
        assertTrue(contentType.startsWith("text/html"), contentType);
        assertEquals(f.charset(), Charset.forName(contentType.replaceFirst(".*charset=", "")), f.name());
        assertEquals(f.url().getRawPath(), server.uri(f).getRawPath());
      }
    }

    @Test
    void aPageFetchedFromItExtractsLikeTheFixtureSays(FixtureServer server) {
      Fixture windows1252 = Corpus.inCharset(Charset.forName("windows-1252")).get(0);
      Page page = FETCHER.fetch(server.uri(windows1252));
      assertEquals(Optional.of(Charset.forName("windows-1252")), page.charset());
      Article article = ArticleExtractor.standard().extract(page);
      assertEquals(windows1252.expected().title(), article.title());
    }

    @Test
    void rssFeedListsEveryArticleNewestFirstWithLinksToTheServer(FixtureServer server) throws Exception {
      HttpResponse<byte[]> response = get(server.rssUri());
      assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rss+xml"));
      Document rss = xml(response.body());
      List<String> links = texts(rss.getElementsByTagName("link")).subList(1, rss.getElementsByTagName("link").getLength());
      assertEquals(Corpus.withArticle().size(), links.size());
      assertTrue(links.stream().allMatch(l -> l.startsWith(server.baseUri().toString())), links.toString());
      assertTrue(links.contains(server.uri(SEED).toString()));
      List<OffsetDateTime> dates = texts(rss.getElementsByTagName("pubDate")).stream()
          .map(d -> OffsetDateTime.parse(d, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)).toList();
      for (int i = 1; i < dates.size(); i++) {
        assertFalse(dates.get(i).isAfter(dates.get(i - 1)), "not newest first: " + dates);
      }
    }

    @Test
    void atomFeedHasAnEntryPerArticle(FixtureServer server) throws Exception {
      Document atom = xml(get(server.atomUri()).body());
      assertEquals("feed", atom.getDocumentElement().getLocalName());
      assertEquals(Corpus.withArticle().size(), atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
      assertTrue(texts(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")).contains(SEED.expected().title()));
    }

    @Test
    void sitemapListsEveryFixtureAndNewsDetailsForArticles(FixtureServer server) throws Exception {
      Document sitemap = xml(get(server.sitemapUri()).body());
      List<String> locs = texts(sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc"));
      assertEquals(Corpus.select(f -> !f.has("error-page")).stream().map(server::uri).map(URI::toString).toList(), locs);
      assertEquals(Corpus.withArticle().size(),
          sitemap.getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "news").getLength());
    }

    @Test
    void robotsDisallowsThePrivateFolderWhoseePagesStillExist(FixtureServer server) throws Exception {
      String robots = new String(get(server.robotsUri()).body(), StandardCharsets.UTF_8);
      assertTrue(robots.contains("User-agent: *\nDisallow: /private/\n"), robots);
      assertTrue(robots.contains("Sitemap: " + server.sitemapUri()), robots);
      assertEquals(200, get(server.uri("/private/drafts/story.html")).statusCode());
    }

    @Test
    void unknownPathsAre404AndOtherMethods405(FixtureServer server) throws Exception {
      assertEquals(404, get(server.uri("/no/such/page")).statusCode());
      HttpResponse<Void> post = CLIENT.send(HttpRequest.newBuilder(server.uri(SEED)).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
          HttpResponse.BodyHandlers.discarding());
      assertEquals(405, post.statusCode());
      assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void aMatchingETagGets304(FixtureServer server) throws Exception {
      String etag = get(server.uri(SEED)).headers().firstValue("ETag").orElseThrow();
      HttpResponse<byte[]> again = get(server.uri(SEED), "If-None-Match", etag);
      assertEquals(304, again.statusCode());
      assertEquals(0, again.body().length);
    }

    @Test
    void servesTheHostsOwnPagesBesideTheFixtures(FixtureServer server) throws Exception {
      server.serve("/api/status.json", "application/json", "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
      HttpResponse<byte[]> response = get(server.uri("/api/status.json"));
      assertEquals("{\"ok\":true}", new String(response.body(), StandardCharsets.UTF_8));
      assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void rejectsPathsThatAreNotAbsolute(FixtureServer server) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> server.fault("world/", Fault.notFound()));
      assertTrue(e.getMessage().contains("must start with '/'"), e.getMessage());
    }
  }

  @Nested
  class Faults {
    @Test
    void statusFaultsAnswerWithThatStatus(FixtureServer server) throws Exception {
      server.fault(SEED, Fault.serverError());
      assertEquals(500, get(server.uri(SEED)).statusCode());
      assertEquals(500, get(server.uri(SEED)).statusCode());
      server.fault(SEED, Fault.notFound());
      assertEquals(404, get(server.uri(SEED)).statusCode());
    }

    @Test
    void tooManyRequestsSendsRetryAfterInWholeSecondsRoundedUp(FixtureServer server) throws Exception {
      server.fault(SEED, Fault.tooManyRequests(Duration.ofMillis(1500)));
      HttpResponse<byte[]> response = get(server.uri(SEED));
      assertEquals(429, response.statusCode());
      assertEquals("2", response.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void slowFaultTripsAClientTimeoutAndTheServerStaysUp(FixtureServer server) throws Exception {
      server.fault(SEED, Fault.slow(Duration.ofSeconds(2)));
      HttpRequest request = HttpRequest.newBuilder(server.uri(SEED)).timeout(Duration.ofMillis(200)).build();
      assertThrows(HttpTimeoutException.class, () -> CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray()));
      assertEquals(200, get(server.uri("/")).statusCode());
    }

    @Test
    void slowFaultStillServesThePageAfterTheDelay(FixtureServer server) throws Exception {
      server.fault(SEED, Fault.slow(Duration.ofMillis(300)));
      long start = System.nanoTime();
      HttpResponse<byte[]> response = get(server.uri(SEED));
      assertTrue(System.nanoTime() - start >= 300_000_000L);
      assertArrayEquals(SEED.html(), response.body());
    }

    @Test
    void redirectLoopBouncesBetweenTwoUrlsForEver(FixtureServer server) throws Exception {
      String path = FixtureServer.pathOf(SEED);
      server.fault(SEED, Fault.redirectLoop());
      HttpResponse<byte[]> first = get(server.uri(SEED));
      assertEquals(302, first.statusCode());
      assertEquals(path + "?loop=1", first.headers().firstValue("Location").orElseThrow());
      HttpResponse<byte[]> second = get(server.uri(path + "?loop=1"));
      assertEquals(path, second.headers().firstValue("Location").orElseThrow());
      HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<Void> last = following.send(HttpRequest.newBuilder(server.uri(SEED)).build(), HttpResponse.BodyHandlers.discarding());
      assertEquals(302, last.statusCode(), "a client that follows redirects gives up on a loop");
      assertTrue(server.requests(path).size() > 4, server.requests(path).toString());
    }

    @Test
    void redirectFaultSendsTheClientElsewhere(FixtureServer server) throws Exception {
      Fixture other = Corpus.fixture("fed-holds-rates");
      server.fault("/old/story", Fault.redirect(FixtureServer.pathOf(other)));
      HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<byte[]> response = following.send(HttpRequest.newBuilder(server.uri("/old/story")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(server.uri(other), response.uri());
      assertArrayEquals(other.html(), response.body());
      assertEquals(301, server.requests("/old/story").get(0).status());
    }

    @Test
    void truncatedBodyAnnouncesTheFullLengthAndDropsTheConnection(FixtureServer server) throws Exception {
      server.fault(SEED, Fault.truncated(1000));
      byte[] received;
      String head;
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + FixtureServer.pathOf(SEED) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.setSoTimeout(5000);
        InputStream in = socket.getInputStream();
        received = in.readAllBytes(); // returns because the server closes the connection
      }
      String all = new String(received, StandardCharsets.ISO_8859_1);
      head = all.substring(0, all.indexOf("\r\n\r\n"));
      int bodyLength = received.length - head.length() - 4;
      assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("content-length: " + SEED.html().length), head);
      assertEquals(1000, bodyLength);
      assertThrows(IOException.class, () -> get(server.uri(SEED)));
    }

    @Test
    void aFaultForSomeTimesFailsOnlyThoseRequests(FixtureServer server) throws Exception {
      server.fault(SEED, Fault.status(503).times(2));
      assertEquals(503, get(server.uri(SEED)).statusCode());
      assertEquals(503, get(server.uri(SEED)).statusCode());
      assertEquals(200, get(server.uri(SEED)).statusCode());
      assertEquals(200, get(server.uri(SEED)).statusCode());
    }

    @Test
    void clearedFaultsLeaveNormalAnswers(FixtureServer server) throws Exception {
      server.fault(SEED, Fault.serverError()).fault("/", Fault.notFound()).clearFaults();
      assertEquals(200, get(server.uri(SEED)).statusCode());
      assertEquals(200, get(server.uri("/")).statusCode());
    }

    @Test
    void faultsApplyToFeedsAndRobotsToo(FixtureServer server) throws Exception {
      server.fault(FixtureServer.ROBOTS_PATH, Fault.status(503));
      assertEquals(503, get(server.robotsUri()).statusCode());
      assertEquals(200, get(server.rssUri()).statusCode());
    }

    @Test
    void faultFactoriesRejectWhatTheyCannotPlay() {
      assertThrows(IllegalArgumentException.class, () -> Fault.status(302));
      assertThrows(IllegalArgumentException.class, () -> Fault.redirect("/x", 200));
      assertThrows(IllegalArgumentException.class, () -> Fault.truncated(-1));
      assertThrows(IllegalArgumentException.class, () -> Fault.serverError().times(0));
    }
  }

  @Nested
  class Log {
    @Test
    void logsEveryRequestInOrderWithMethodTargetHeadersAndStatus(FixtureServer server) throws Exception {
      get(server.robotsUri(), "User-Agent", "TestBot/1.0");
      get(server.uri(FixtureServer.pathOf(SEED) + "?utm_source=rss"));
      CLIENT.send(HttpRequest.newBuilder(server.uri("/missing")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.discarding());
      List<ServedRequest> log = server.requests();
      assertEquals(List.of("/robots.txt", FixtureServer.pathOf(SEED), "/missing"), log.stream().map(ServedRequest::path).toList());
      assertEquals("TestBot/1.0", log.get(0).userAgent());
      assertEquals(Optional.of("TestBot/1.0"), log.get(0).header("user-agent"));
      assertEquals(Optional.of("utm_source=rss"), log.get(1).query());
      assertEquals(List.of("GET", "GET", "HEAD"), log.stream().map(ServedRequest::method).toList());
      assertEquals(List.of(200, 200, 404), log.stream().map(ServedRequest::status).toList());
      assertFalse(log.get(1).time().isBefore(log.get(0).time()));
    }

    @Test
    void logRecordsTheFaultEachRequestGot(FixtureServer server) throws Exception {
      Fault once = Fault.serverError().once();
      server.fault(SEED, once);
      get(server.uri(SEED));
      get(server.uri(SEED));
      List<ServedRequest> log = server.requests(FixtureServer.pathOf(SEED));
      assertEquals(List.of(500, 200), log.stream().map(ServedRequest::status).toList());
      assertEquals(Optional.of(once), log.get(0).fault());
      assertEquals(Optional.empty(), log.get(1).fault());
    }

    @Test
    void theLogHoldsARequestAsSoonAsItsClientHasTheAnswer(FixtureServer server) throws Exception {
      for (int i = 0; i < 20; i++) {
        get(server.uri("/"));
        assertEquals(i + 1, server.requests("/").size());
      }
    }

    @Test
    void clearingTheLogForgetsEarlierRequests(FixtureServer server) throws Exception {
      get(server.uri("/"));
      server.clearRequests();
      assertEquals(List.of(), server.requests());
    }
  }
}
