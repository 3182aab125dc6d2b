package dev.newsdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  /** Loopback allowed, robots.txt not read, no politeness delay, quick retries and timeouts. */
  static final FetchPolicy LOOPBACK = FetchPolicy.DEFAULT.allowingPrivateAddresses().ignoringRobotsTxt()
      .withPoliteness(1, Duration.ZERO)
      .withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(2))
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  private static final String STORY = "<html><body><p>Caf\u00e9</p></body></html>";

  private LoopbackServer server;

  @BeforeEach
  void start() {
    server = LoopbackServer.start();
    server.on("/story", exchange -> LoopbackServer.send(exchange, 200, "text/html; charset=ISO-8859-1",
        STORY.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Page fetch(String path) {
    return Fetcher.create(LOOPBACK).fetch(server.url(path));
  }

  private FetchException failure(FetchPolicy policy, String path) {
    return assertThrows(FetchException.class, () -> Fetcher.create(policy).fetch(server.url(path)));
  }

  @Nested
  class Responses {
    @Test
    void fetchesBytesWithTheHeaderCharset() {
      Page page = fetch("/story");
      assertEquals(Optional.of(StandardCharsets.ISO_8859_1), page.charset());
      assertArrayEquals(STORY.getBytes(StandardCharsets.ISO_8859_1), page.body());
    }

    @Test
    void decompressesGzip() {
      server.on("/gzip", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody())) {
          out.write("<p>compressed</p>".getBytes(StandardCharsets.UTF_8));
        }
      });
      assertEquals("<p>compressed</p>", new String(fetch("/gzip").body(), StandardCharsets.UTF_8));
      assertTrue(server.requests("/gzip").get(0).header("Accept-Encoding").contains("gzip"));
    }

    @Test
    void inflatesDeflate() {
      server.on("/deflate", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.getResponseHeaders().add("Content-Encoding", "deflate");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new DeflaterOutputStream(exchange.getResponseBody())) {
          out.write("<p>deflated</p>".getBytes(StandardCharsets.UTF_8));
        }
      });
      assertEquals("<p>deflated</p>", new String(fetch("/deflate").body(), StandardCharsets.UTF_8));
    }

    @Test
    void sendsAUserAgentNamingTheLibraryAndItsVersion() {
      fetch("/story");
      String agent = server.requests("/story").get(0).header("User-Agent");
      assertTrue(agent.matches("Newsdesk/\\d+\\.\\d+.* \\(\\+https://newsdesk\\.dev/bot\\)"), agent);
    }

    @Test
    void sendsTheUserAgentThePolicyNames() {
      Fetcher.create(LOOPBACK.withUserAgent("AcmeMonitor/2.0")).fetch(server.url("/story"));
      assertEquals("AcmeMonitor/2.0", server.requests("/story").get(0).header("User-Agent"));
    }

    @Test
    void refusesAnImageServedAsThePage() {
      server.on("/image", exchange -> LoopbackServer.send(exchange, 200, "image/png", new byte[4]));
      FetchException e = failure(LOOPBACK, "/image");
      assertEquals(FetchException.Reason.NOT_HTML, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("image/png") && e.getMessage().contains("/image"), e.getMessage());
    }

    @Test
    void refusesAPdfServedAsThePageWithoutReadingIt() {
      server.on("/report", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "application/pdf");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          for (int i = 0; i < 10_000; i++) { // 80 MB if anyone read it all
            out.write(new byte[8192]);
          }
        }
      });
      FetchException e = failure(LOOPBACK, "/report");
      assertEquals(FetchException.Reason.NOT_HTML, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("application/pdf"), e.getMessage());
    }

    @Test
    void reportsTheStatusOfAnErrorResponseWithoutRetrying() {
      server.status("/missing", 404);
      FetchException e = failure(LOOPBACK, "/missing");
      assertEquals(404, e.status().getAsInt());
      assertEquals(FetchException.Reason.HTTP_STATUS, e.reason(), e.getMessage());
      assertEquals(server.url("/missing"), e.uri());
      assertTrue(e.getMessage().contains("404") && e.getMessage().contains("/missing"), e.getMessage());
      assertEquals(1, server.requests("/missing").size());
    }

    @Test
    void doesNotRetryAServerError() {
      server.status("/broken", 500);
      FetchException e = failure(LOOPBACK, "/broken");
      assertEquals(500, e.status().getAsInt());
      assertEquals(1, server.requests("/broken").size());
    }

    @Test
    void reportsAnUnreachableHost() throws IOException {
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = socket.getLocalPort();
      }
      URI uri = URI.create("http://127.0.0.1:" + closedPort + "/story");
      FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(LOOPBACK).fetch(uri));
      assertEquals(uri, e.uri());
      assertEquals(FetchException.Reason.UNREACHABLE, e.reason(), e.getMessage());
      assertTrue(e.status().isEmpty());
    }

    @Test
    void refusesSchemesOtherThanHttp() {
      FetchException e = assertThrows(FetchException.class,
          () -> Fetcher.create(LOOPBACK).fetch(URI.create("file:///etc/passwd")));
      assertEquals(FetchException.Reason.BLOCKED_BY_POLICY, e.reason(), e.getMessage());
    }
  }

  @Nested
  class Redirects {
    @Test
    void followsAChainAndReportsTheFinalUrl() {
      server.redirect("/a", 301, "/b").redirect("/b", 302, server.url("/c").toString()).redirect("/c", 307, "story");
      assertEquals(server.url("/story"), fetch("/a").url());
      assertEquals(1, server.requests("/story").size());
    }

    @Test
    void detectsALoop() {
      server.redirect("/loop1", 302, "/loop2").redirect("/loop2", 302, "/loop1");
      FetchException e = failure(LOOPBACK, "/loop1");
      assertEquals(FetchException.Reason.REDIRECTS, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("loop") && e.getMessage().contains("/loop1"), e.getMessage());
    }

    @Test
    void stopsAtTheRedirectLimit() {
      server.redirect("/r1", 302, "/r2").redirect("/r2", 302, "/r3").redirect("/r3", 302, "/story");
      FetchException e = failure(LOOPBACK.withMaxRedirects(2), "/r1");
      assertEquals(FetchException.Reason.REDIRECTS, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("more than 2 redirects"), e.getMessage());
      assertEquals(0, server.requests("/story").size());
    }

    @Test
    void followsFiveRedirectsByDefault() {
      server.redirect("/h1", 302, "/h2").redirect("/h2", 302, "/h3").redirect("/h3", 302, "/h4")
          .redirect("/h4", 302, "/h5").redirect("/h5", 302, "/story");
      assertEquals(server.url("/story"), fetch("/h1").url());
      server.redirect("/h0", 302, "/h1");
      assertEquals(FetchException.Reason.REDIRECTS, failure(LOOPBACK, "/h0").reason());
    }
  }

  @Nested
  class Limits {
    @Test
    void capsTheBodySize() {
      server.on("/big", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(new byte[64 * 1024]);
        }
      });
      FetchException e = failure(LOOPBACK.withMaxBytes(1024), "/big");
      assertEquals(FetchException.Reason.TOO_LARGE, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("larger than 1024 bytes"), e.getMessage());
    }

    @Test
    void stopsReadingAnEndlessBodyAtTheDefaultCap() {
      AtomicInteger sent = new AtomicInteger();
      server.on("/endless", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>more</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
          while (sent.addAndGet(chunk.length) < 200_000_000) {
            out.write(chunk);
          }
        }
      });
      FetchException e = failure(LOOPBACK, "/endless");
      assertEquals(FetchException.Reason.TOO_LARGE, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("larger than " + FetchPolicy.DEFAULT_MAX_BYTES), e.getMessage());
      assertTrue(sent.get() < 100_000_000, "the server was read to the end: " + sent.get());
    }

    @Test
    void refusesADeclaredLengthOverTheCapWithoutReadingIt() {
      server.on("/declared", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 20_000_000);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(new byte[1024]);
          out.flush();
          server.hang();
        }
      });
      FetchException e = failure(LOOPBACK, "/declared");
      assertEquals(FetchException.Reason.TOO_LARGE, e.reason(), e.getMessage());
    }

    @Test
    void stopsAGzipBomb() throws IOException {
      ByteArrayOutputStream packed = new ByteArrayOutputStream();
      try (OutputStream gzip = new GZIPOutputStream(packed)) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 64; i++) { // 64 MB of zeros in about 64 KB
          gzip.write(zeros);
        }
      }
      byte[] bomb = packed.toByteArray();
      assertTrue(bomb.length < FetchPolicy.DEFAULT_MAX_BYTES);
      server.on("/bomb", exchange -> {
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        LoopbackServer.send(exchange, 200, "text/html", bomb);
      });
      FetchException e = failure(LOOPBACK, "/bomb");
      assertEquals(FetchException.Reason.TOO_LARGE, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("decompresses to more than " + FetchPolicy.DEFAULT_MAX_DECOMPRESSED_BYTES),
          e.getMessage());
    }

    @Test
    void timesOutAServerThatNeverAnswers() {
      server.on("/silent", exchange -> server.hang());
      FetchPolicy impatient = LOOPBACK.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5));
      long start = System.nanoTime();
      FetchException e = failure(impatient, "/silent");
      assertEquals(FetchException.Reason.TIMEOUT, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("no response within 300 ms") && e.getMessage().contains("readTimeout"), e.getMessage());
      assertTrue(System.nanoTime() - start < 3_000_000_000L);
    }

    @Test
    void timesOutABodyThatStopsComing() {
      server.on("/stalled", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("<p>the start".getBytes(StandardCharsets.UTF_8));
        out.flush();
        server.hang();
      });
      FetchPolicy impatient = LOOPBACK.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5));
      FetchException e = failure(impatient, "/stalled");
      assertEquals(FetchException.Reason.TIMEOUT, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("the body stopped coming"), e.getMessage());
    }

    @Test
    void enforcesTheTotalTimeoutOnASlowTrickle() {
      server.on("/trickle", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < 100; i++) {
          out.write("<p>drop</p>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(50);
        }
      });
      FetchPolicy impatient = LOOPBACK.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(600));
      FetchException e = failure(impatient, "/trickle");
      assertEquals(FetchException.Reason.TIMEOUT, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("no complete answer within 600 ms"), e.getMessage());
    }
  }

  @Nested
  class Retries {
    @Test
    void retriesA429AfterTheWaitItsRetryAfterAsks() {
      AtomicInteger calls = new AtomicInteger();
      server.on("/busy", exchange -> {
        if (calls.incrementAndGet() == 1) {
          exchange.getResponseHeaders().add("Retry-After", "1");
          exchange.sendResponseHeaders(429, -1);
        } else {
          LoopbackServer.send(exchange, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
        }
      });
      assertEquals("<p>ok</p>", new String(fetch("/busy").body(), StandardCharsets.UTF_8));
      var gaps = LoopbackServer.gaps(server.requests("/busy"));
      assertEquals(1, gaps.size());
      assertTrue(gaps.get(0).toMillis() >= 950, "retried after " + gaps.get(0));
    }

    @Test
    void retriesA503WithBackoffUntilItAnswers() {
      AtomicInteger calls = new AtomicInteger();
      server.on("/flaky", exchange -> {
        if (calls.incrementAndGet() <= 2) {
          exchange.sendResponseHeaders(503, -1);
        } else {
          LoopbackServer.send(exchange, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
        }
      });
      fetch("/flaky");
      assertEquals(3, server.requests("/flaky").size());
    }

    @Test
    void givesUpAfterTheRetryLimit() {
      server.status("/down", 503);
      FetchException e = failure(LOOPBACK, "/down");
      assertEquals(503, e.status().getAsInt());
      assertTrue(e.getMessage().contains("3 times"), e.getMessage());
      assertEquals(3, server.requests("/down").size());
    }

    @Test
    void failsAtOnceWhenRetryAfterAsksTooLong() {
      server.on("/later", exchange -> {
        exchange.getResponseHeaders().add("Retry-After", "3600");
        exchange.sendResponseHeaders(429, -1);
      });
      FetchException e = failure(LOOPBACK, "/later");
      assertEquals(429, e.status().getAsInt());
      assertTrue(e.getMessage().contains("retry after 3600 s"), e.getMessage());
      assertEquals(1, server.requests("/later").size());
    }

    @Test
    void retriesAConnectionReset() throws IOException {
      try (ResettingServer resetting = new ResettingServer(1)) {
        Page page = Fetcher.create(LOOPBACK).fetch(resetting.url("/story"));
        assertEquals("<p>after the reset</p>", new String(page.body(), StandardCharsets.UTF_8));
        assertEquals(2, resetting.connections.get());
      }
    }

    @Test
    void reportsAConnectionResetEveryTime() throws IOException {
      try (ResettingServer resetting = new ResettingServer(100)) {
        FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(LOOPBACK).fetch(resetting.url("/story")));
        assertEquals(FetchException.Reason.UNREACHABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("3 times"), e.getMessage());
      }
    }
  }

  @Nested
  class Conditional {
    @Test
    void anUnchangedPageCostsA304() {
      server.on("/tagged", exchange -> {
        if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        exchange.getResponseHeaders().add("ETag", "\"v1\"");
        LoopbackServer.send(exchange, 200, "text/html", "<p>v1</p>".getBytes(StandardCharsets.UTF_8));
      });
      Fetcher fetcher = Fetcher.create(LOOPBACK);
      FetchResult first = fetcher.fetch(FetchRequest.page(server.url("/tagged")));
      assertInstanceOf(FetchResult.Fetched.class, first);
      assertEquals(Optional.of("\"v1\""), first.validators().etag());
      FetchResult second = fetcher.fetch(FetchRequest.page(server.url("/tagged")).ifChanged(first.validators()));
      assertInstanceOf(FetchResult.NotModified.class, second);
      assertEquals(first.validators(), second.validators());
    }

    @Test
    void sendsLastModifiedBack() {
      String date = "Thu, 25 Jan 2024 14:30:00 GMT";
      server.on("/dated", exchange -> {
        if (date.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        exchange.getResponseHeaders().add("Last-Modified", date);
        LoopbackServer.send(exchange, 200, "text/html", "<p>dated</p>".getBytes(StandardCharsets.UTF_8));
      });
      Fetcher fetcher = Fetcher.create(LOOPBACK);
      FetchResult first = fetcher.fetch(FetchRequest.page(server.url("/dated")));
      assertEquals(Validators.of(null, date), first.validators());
      assertInstanceOf(FetchResult.NotModified.class,
          fetcher.fetch(FetchRequest.page(server.url("/dated")).ifChanged(first.validators())));
    }
  }

  @Nested
  class Cookies {
    @BeforeEach
    void serveCookies() {
      server.on("/set", exchange -> {
        exchange.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
        LoopbackServer.send(exchange, 200, "text/html", "<p>set</p>".getBytes(StandardCharsets.UTF_8));
      });
      server.page("/check", "text/html", "<p>check</p>");
    }

    @Test
    void keepsNoCookiesByDefault() {
      Fetcher fetcher = Fetcher.create(LOOPBACK);
      fetcher.fetch(server.url("/set"));
      fetcher.fetch(server.url("/check"));
      assertNull(server.requests("/check").get(0).header("Cookie"));
    }

    @Test
    void keepsCookiesWhenAsked() {
      Fetcher fetcher = Fetcher.create(LOOPBACK.keepingCookies());
      fetcher.fetch(server.url("/set"));
      fetcher.fetch(server.url("/check"));
      assertEquals("session=abc", server.requests("/check").get(0).header("Cookie"));
    }
  }

  /** Resets the first {@code resets} connections (RST), then answers each request with a page. */
  static final class ResettingServer implements AutoCloseable {
    final ServerSocket socket;
    final AtomicInteger connections = new AtomicInteger();
    final Thread acceptor;

    ResettingServer(int resets) throws IOException {
      socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
      acceptor = Thread.ofVirtual().start(() -> {
        while (!socket.isClosed()) {
          try {
            Socket client = socket.accept();
            int n = connections.incrementAndGet();
            Thread.ofVirtual().start(() -> serve(client, n <= resets));
          } catch (IOException e) {
            return;
          }
        }
      });
    }

    private static void serve(Socket client, boolean reset) {
      try (client) {
        InputStream in = client.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
          int b = in.read();
          if (b < 0) {
            return;
          }
          head.append((char) b);
        }
        if (reset) {
          client.setSoLinger(true, 0); // close with RST
          return;
        }
        byte[] body = "<p>after the reset</p>".getBytes(StandardCharsets.UTF_8);
        client.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length
            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().write(body);
      } catch (IOException ignored) {
        // the client went away
      }
    }

    URI url(String path) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
