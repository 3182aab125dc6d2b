package dev.newsdesk.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 for tests: handlers by exact path (unknown paths answer 404),
 * every request recorded with the time it arrived, handlers run on virtual threads.
 */
public final class LoopbackServer implements AutoCloseable {

  /** A request as the server saw it. */
  public record Request(String method, String path, long atNanos, Headers headers) {
    public String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** Answers one exchange. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      URI uri = exchange.getRequestURI();
      String path = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
      requests.add(new Request(exchange.getRequestMethod(), path, System.nanoTime(), exchange.getRequestHeaders()));
      Handler handler = handlers.getOrDefault(path, handlers.get(uri.getRawPath()));
      try {
        if (handler == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          handler.handle(exchange);
        }
      } catch (IOException | InterruptedException e) {
        // the client went away, or the test ended
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  public static LoopbackServer start() {
    try {
      return new LoopbackServer();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Serves {@code path} (with or without its query) with {@code handler}. */
  public LoopbackServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  /** Serves {@code body} at {@code path} with status 200 and this content type. */
  public LoopbackServer page(String path, String contentType, String body) {
    return on(path, exchange -> send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  /** Answers {@code path} with a redirect to {@code location}. */
  public LoopbackServer redirect(String path, int status, String location) {
    return on(path, exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(status, -1);
    });
  }

  /** Answers {@code path} with an empty response of this status. */
  public LoopbackServer status(String path, int status) {
    return on(path, exchange -> exchange.sendResponseHeaders(status, -1));
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  /** Every request so far, in arrival order. */
  public List<Request> requests() {
    return new ArrayList<>(requests);
  }

  /** The requests for {@code path} (exact, query included). */
  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** The gaps between the arrivals of these requests. */
  public static List<Duration> gaps(List<Request> requests) {
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < requests.size(); i++) {
      gaps.add(Duration.ofNanos(requests.get(i).atNanos() - requests.get(i - 1).atNanos()));
    }
    return gaps;
  }

  /** Blocks a handler until the server closes (a server that never answers). */
  public void hang() throws InterruptedException {
    closing.await(30, TimeUnit.SECONDS);
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
