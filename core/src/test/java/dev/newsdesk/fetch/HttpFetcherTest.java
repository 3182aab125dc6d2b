package dev.newsdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private static final FetchPolicy LOOPBACK = FetchPolicy.DEFAULT.allowingPrivateAddresses().withTimeout(Duration.ofSeconds(5));
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/story", exchange -> {
      byte[] body = "<html><body><p>Caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=ISO-8859-1");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/gzip", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody())) {
        out.write("<p>compressed</p>".getBytes(StandardCharsets.UTF_8));
      }
    });
    server.createContext("/missing", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/story");
      exchange.sendResponseHeaders(301, -1);
      exchange.close();
    });
    server.createContext("/loop", exchange -> {
      exchange.getResponseHeaders().add("Location", "/loop");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/big", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(new byte[64 * 1024]);
      }
    });
    server.createContext("/image", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, 4);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(new byte[4]);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void fetchesBytesWithTheHeaderCharset() {
    Page page = Fetcher.create(LOOPBACK).fetch(url("/story"));
    assertEquals(Optional.of(StandardCharsets.ISO_8859_1), page.charset());
    assertArrayEquals("<html><body><p>Caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1), page.body());
  }

  @Test
  void decompressesGzip() {
    assertEquals("<p>compressed</p>", new String(Fetcher.create(LOOPBACK).fetch(url("/gzip")).body(), StandardCharsets.UTF_8));
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() {
    assertEquals(url("/story"), Fetcher.create(LOOPBACK).fetch(url("/moved")).url());
  }

  @Test
  void rejectsPrivateAddressesByDefault() {
    FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(FetchPolicy.DEFAULT).fetch(url("/story")));
    assertTrue(e.getMessage().contains("allowingPrivateAddresses"), e.getMessage());
    assertEquals(Optional.empty(), e.status().isPresent() ? Optional.of(e.status().getAsInt()) : Optional.empty());
  }

  @Test
  void reportsTheStatusOfAnErrorResponse() {
    FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(LOOPBACK).fetch(url("/missing")));
    assertEquals(404, e.status().getAsInt());
    assertEquals(url("/missing"), e.uri());
    assertTrue(e.getMessage().contains("404") && e.getMessage().contains("/missing"), e.getMessage());
  }

  @Test
  void detectsRedirectLoops() {
    FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(LOOPBACK).fetch(url("/loop")));
    assertTrue(e.getMessage().contains("loop"), e.getMessage());
  }

  @Test
  void capsTheBodySize() {
    FetchException e = assertThrows(FetchException.class,
        () -> Fetcher.create(LOOPBACK.withMaxBytes(1024)).fetch(url("/big")));
    assertTrue(e.getMessage().contains("larger than 1024 bytes"), e.getMessage());
  }

  @Test
  void refusesContentThatIsNotHtml() {
    FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(LOOPBACK).fetch(url("/image")));
    assertTrue(e.getMessage().contains("image/png"), e.getMessage());
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
    assertTrue(e.status().isEmpty());
  }

  @Test
  void refusesSchemesOtherThanHttp() {
    assertThrows(FetchException.class, () -> Fetcher.create(LOOPBACK).fetch(URI.create("file:///etc/passwd")));
  }
}
