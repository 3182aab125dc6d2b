package dev.newsdesk.corpus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * A web server on 127.0.0.1 that serves every corpus fixture at the path of its URL, with an RSS
 * feed, an Atom feed, a sitemap and robots.txt; it plays scripted faults on request and logs every
 * request it sees. For tests of code that fetches news: no internet, no fixed port.
 *
 * <pre>{@code
 * try (FixtureServer server = FixtureServer.start()) {
 *   Fixture seed = Corpus.fixture("us-iraq-withdrawal-talks");
 *   server.fault(seed, Fault.serverError().once());       // the first request fails
 *   Page page = myFetcherWithRetries.fetch(server.uri(seed));
 *   assertEquals(2, server.requests(FixtureServer.pathOf(seed)).size());
 * }
 * }</pre>
 *
 * <p><b>What it serves.</b> Each fixture's raw bytes at {@link #pathOf(Fixture) the path of its
 * URL}, as {@code text/html} with the fixture's charset in {@code Content-Type}, with status 200
 * (404 for fixtures with the trait {@code error-page}, as their site would send them); an index page at
 * {@code /} linking every fixture; {@value #RSS_PATH} (RSS 2.0) and {@value #ATOM_PATH} (Atom)
 * listing every fixture that holds an article, newest first; {@value #SITEMAP_PATH} (with the
 * Google News extension) listing every fixture but error pages; {@value #ROBOTS_PATH}, which disallows
 * {@value #DISALLOWED_PATH} (pages there exist, so a test can check that a polite crawler never
 * asked for them) and names the sitemap. Links in feeds and sitemaps point at this server. Pages
 * carry an {@code ETag}; a matching {@code If-None-Match} gets 304. Unknown paths get 404, methods
 * other than GET and HEAD get 405. The pages' own HTML still names their original URLs (canonical
 * links, {@code og:url}), as a real page would.
 *
 * <p><b>Faults.</b> {@link #fault(String, Fault)} scripts a misbehaviour for one path: slow
 * answers, error statuses, 429 with {@code Retry-After}, redirect loops, truncated bodies. See
 * {@link Fault}.
 *
 * <p><b>Log.</b> {@link #requests()} lists every request received, in order, with its headers and
 * the status it got.
 *
 * <p><b>Lifecycle and threads.</b> {@link #start()} binds an ephemeral port and serves at once,
 * one virtual thread per request; {@link #close()} stops it. All methods are thread-safe. In
 * JUnit 5 tests, {@link FixtureServerExtension} starts one per test class.
 *
 * @since 0.1
 */
public final class FixtureServer implements AutoCloseable {
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  /** The RSS 2.0 feed of every fixture with an article. */
  public static final String RSS_PATH = "/feeds/rss.xml";
  /** The Atom feed of every fixture with an article. */
  public static final String ATOM_PATH = "/feeds/atom.xml";
  /** The sitemap of every fixture. */
  public static final String SITEMAP_PATH = "/sitemap.xml";
  /** The robots.txt. */
  public static final String ROBOTS_PATH = "/robots.txt";
  /** The folder robots.txt disallows for every user agent; any page under it answers 200. */
  public static final String DISALLOWED_PATH = "/private/";

  static {
    // The JDK's server writes an answer's headers and body apart; with Nagle's algorithm on, each
    // answer then waits for the client's delayed ACK (40 ms on Linux), and a test that fetches a
    // hundred pages sleeps for four seconds. The JDK reads this once, when its first server
    // starts: a host that set it, or started a server before, keeps its own choice.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private static final String HTML = "text/html; charset=UTF-8";
  private static final String ERROR_PAGE = "error-page";
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final List<Fixture> fixtures;
  private final HttpServer http;
  private final ExecutorService threads;
  private final URI base;
  private final Map<String, Resource> resources = new ConcurrentHashMap<>();
  private final Map<String, Scripted> faults = new ConcurrentHashMap<>();
  private final List<ServedRequest> log = new ArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A body the server sends for a path, with its status. */
  private record Resource(int status, byte[] body, String contentType, Optional<Instant> lastModified, String etag) {
    static Resource of(byte[] body, String contentType, Optional<Instant> lastModified) {
      return of(200, body, contentType, lastModified);
    }

    static Resource of(int status, byte[] body, String contentType, Optional<Instant> lastModified) {
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-" + body.length + "\"";
      return new Resource(status, body, contentType, lastModified, etag);
    }
  }

  /** A fault with what is left of its count. */
  private record Scripted(Fault fault, AtomicInteger left) {}

  private FixtureServer(List<Fixture> fixtures) throws IOException {
    this.fixtures = List.copyOf(fixtures);
    Map<String, Fixture> byPath = new LinkedHashMap<>();
    for (Fixture f : this.fixtures) {
      Fixture other = byPath.put(pathOf(f), f);
      if (other != null) {
        throw new IllegalArgumentException("Fixtures " + other.name() + " and " + f.name() + " have the same path "
            + pathOf(f) + "; serve them from two servers");
      }
    }
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.base = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    byPath.forEach((path, f) -> resources.put(path, Resource.of(f.has(ERROR_PAGE) ? 404 : 200, f.html(),
        "text/html; charset=" + f.charset().name(), published(f).map(OffsetDateTime::toInstant))));
    resources.put("/", Resource.of(bytes(homePage()), HTML, Optional.empty()));
    Optional<Instant> newest = articles().stream().findFirst().flatMap(FixtureServer::published).map(OffsetDateTime::toInstant);
    resources.put(RSS_PATH, Resource.of(bytes(rss()), "application/rss+xml; charset=UTF-8", newest));
    resources.put(ATOM_PATH, Resource.of(bytes(atom()), "application/atom+xml; charset=UTF-8", newest));
    resources.put(SITEMAP_PATH, Resource.of(bytes(sitemap()), "application/xml; charset=UTF-8", newest));
    resources.put(ROBOTS_PATH, Resource.of(bytes(robots()), "text/plain; charset=UTF-8", Optional.empty()));
    this.threads = Executors.newVirtualThreadPerTaskExecutor();
    http.setExecutor(threads);
    http.createContext("/", this::handle);
    http.start();
  }

  /** Starts a server for every fixture of the corpus on 127.0.0.1, on a free port. */
  public static FixtureServer start() {
    return start(Corpus.fixtures());
  }

  /**
   * Starts a server for these fixtures only (and the feeds, sitemap and robots.txt over them).
   *
   * @throws IllegalArgumentException if two fixtures have the same path
   */
  public static FixtureServer start(Collection<Fixture> fixtures) {
    Objects.requireNonNull(fixtures, "fixtures");
    try {
      return new FixtureServer(List.copyOf(fixtures));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the fixture server on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  /** The path a fixture is served at: the raw path of its URL ({@code /world/}). */
  public static String pathOf(Fixture fixture) {
    String path = Objects.requireNonNull(fixture, "fixture").url().getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  /** The fixtures this server serves. */
  public List<Fixture> fixtures() {
    return fixtures;
  }

  /** The server's root, {@code http://127.0.0.1:PORT/}. */
  public URI baseUri() {
    return base;
  }

  /** The port the server listens on. */
  public int port() {
    return base.getPort();
  }

  /** The URL of a path on this server ({@code /world/} → {@code http://127.0.0.1:PORT/world/}). */
  public URI uri(String path) {
    return base.resolve(requirePath(path));
  }

  /** The URL this server serves {@code fixture} at. */
  public URI uri(Fixture fixture) {
    return uri(pathOf(fixture));
  }

  /** The URL of the RSS feed. */
  public URI rssUri() {
    return uri(RSS_PATH);
  }

  /** The URL of the Atom feed. */
  public URI atomUri() {
    return uri(ATOM_PATH);
  }

  /** The URL of the sitemap. */
  public URI sitemapUri() {
    return uri(SITEMAP_PATH);
  }

  /** The URL of robots.txt. */
  public URI robotsUri() {
    return uri(ROBOTS_PATH);
  }

  /**
   * Scripts {@code fault} for every request of {@code path} (whatever its query), replacing any
   * fault scripted there before; applies to the next {@link Fault#times} requests when set.
   *
   * @return this server, to chain calls
   */
  public FixtureServer fault(String path, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    faults.put(requirePath(path), new Scripted(fault, new AtomicInteger(fault.times())));
    return this;
  }

  /** Scripts {@code fault} for the path {@code fixture} is served at. */
  public FixtureServer fault(Fixture fixture, Fault fault) {
    return fault(pathOf(fixture), fault);
  }

  /** Removes every scripted fault: every path answers normally again. */
  public FixtureServer clearFaults() {
    faults.clear();
    return this;
  }

  /**
   * Serves {@code body} at {@code path} as {@code contentType}, replacing what was there: the
   * host's own pages, feeds or API answers beside the fixtures. Stays until {@link #close()}.
   */
  public FixtureServer serve(String path, String contentType, byte[] body) {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    resources.put(requirePath(path), Resource.of(body.clone(), contentType, Optional.empty()));
    return this;
  }

  /** Serves {@code html} at {@code path} as UTF-8 {@code text/html}. */
  public FixtureServer serve(String path, String html) {
    Objects.requireNonNull(html, "html");
    return serve(path, HTML, bytes(html));
  }

  /** Every request received so far, oldest first. */
  public List<ServedRequest> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** The requests received so far for {@code path} (any query), oldest first. */
  public List<ServedRequest> requests(String path) {
    String wanted = requirePath(path);
    return requests().stream().filter(r -> r.path().equals(wanted)).toList();
  }

  /** Forgets the requests received so far. */
  public FixtureServer clearRequests() {
    synchronized (log) {
      log.clear();
    }
    return this;
  }

  /** Clears faults and the request log (what {@link FixtureServerExtension} does before each test). */
  public FixtureServer reset() {
    return clearFaults().clearRequests();
  }

  /** Stops the server at once, dropping requests in flight. Calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.stop(0);
      threads.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "FixtureServer[" + base + ", " + fixtures.size() + " fixtures]";
  }

  // ---- serving

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      URI target = exchange.getRequestURI();
      String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
      Fault fault = take(path);
      if (fault != null && fault.kind() == Fault.Kind.SLOW) {
        try {
          Thread.sleep(fault.delay());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return; // the server is closing
        }
      }
      if (fault != null && fault.kind() != Fault.Kind.SLOW && fault.kind() != Fault.Kind.TRUNCATED) {
        answerFault(exchange, method, target, path, fault);
        return;
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, method, target, 405, fault, errorPage(405, "Method not allowed"), HTML);
        return;
      }
      Resource resource = resources.get(path);
      if (resource == null && path.startsWith(DISALLOWED_PATH)) {
        resource = Resource.of(bytes(disallowedPage(path)), HTML, Optional.empty());
      }
      if (resource == null) {
        send(exchange, method, target, 404, fault, errorPage(404, "Not found"), HTML);
        return;
      }
      exchange.getResponseHeaders().set("ETag", resource.etag());
      resource.lastModified().ifPresent(t -> exchange.getResponseHeaders().set("Last-Modified",
          HTTP_DATE.format(t.atOffset(ZoneOffset.UTC))));
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      if (ifNoneMatch != null && (ifNoneMatch.contains(resource.etag()) || ifNoneMatch.strip().equals("*"))) {
        record(exchange, method, target, 304, fault);
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      if (fault != null && fault.kind() == Fault.Kind.TRUNCATED && method.equals("GET")) {
        sendTruncated(exchange, method, target, resource, fault);
        return;
      }
      send(exchange, method, target, resource.status(), fault, resource.body(), resource.contentType());
    }
  }

  private void answerFault(HttpExchange exchange, String method, URI target, String path, Fault fault) throws IOException {
    switch (fault.kind()) {
      case STATUS -> send(exchange, method, target, fault.status(), fault,
          errorPage(fault.status(), reason(fault.status())), HTML);
      case TOO_MANY_REQUESTS -> {
        exchange.getResponseHeaders().set("Retry-After", Long.toString(fault.retryAfterSeconds()));
        send(exchange, method, target, 429, fault, errorPage(429, "Too many requests"), HTML);
      }
      case REDIRECT_LOOP -> {
        boolean looped = target.getRawQuery() != null && target.getRawQuery().contains("loop=1");
        exchange.getResponseHeaders().set("Location", looped ? path : path + "?loop=1");
        send(exchange, method, target, 302, fault, new byte[0], HTML);
      }
      case REDIRECT -> {
        exchange.getResponseHeaders().set("Location", fault.location());
        send(exchange, method, target, fault.status(), fault, new byte[0], HTML);
      }
      default -> throw new IllegalStateException("not an answering fault: " + fault);
    }
  }

  private void send(HttpExchange exchange, String method, URI target, int status, Fault fault, byte[] body,
      String contentType) throws IOException {
    if (body.length > 0 || status < 300) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    record(exchange, method, target, status, fault);
    boolean noBody = method.equals("HEAD") || body.length == 0;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void sendTruncated(HttpExchange exchange, String method, URI target, Resource resource, Fault fault)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", resource.contentType());
    record(exchange, method, target, resource.status(), fault);
    exchange.sendResponseHeaders(resource.status(), resource.body().length);
    OutputStream out = exchange.getResponseBody();
    out.write(resource.body(), 0, Math.min(fault.bytes(), resource.body().length));
    out.flush();
    // Closing the exchange with bytes still owed drops the connection: the client sees a short body.
  }

  private void record(HttpExchange exchange, String method, URI target, int status, Fault fault) {
    ServedRequest request = new ServedRequest(method, target, exchange.getRequestHeaders(), status,
        Optional.ofNullable(fault), Instant.now());
    synchronized (log) {
      log.add(request);
    }
  }

  /** The fault for this request, counting it down; null for none. */
  private Fault take(String path) {
    Scripted scripted = faults.get(path);
    if (scripted == null) {
      return null;
    }
    if (scripted.fault().times() == 0) {
      return scripted.fault();
    }
    int left = scripted.left().getAndDecrement();
    if (left <= 1) {
      faults.remove(path, scripted);
    }
    return left > 0 ? scripted.fault() : null;
  }

  private static String requirePath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/', like /world/ or /feeds/rss.xml, was: " + path);
    }
    return path;
  }

  // ---- documents

  /** Fixtures with an article, newest first; undated ones last, by name. */
  private List<Fixture> articles() {
    return fixtures.stream()
        .filter(f -> !f.expected().text().isEmpty())
        .sorted(Comparator.<Fixture, Instant>comparing(
                f -> published(f).map(OffsetDateTime::toInstant).orElse(Instant.EPOCH), Comparator.reverseOrder())
            .thenComparing(Fixture::name))
        .toList();
  }

  /** The fixture's publication time; a bare date is taken as midnight UTC. */
  static Optional<OffsetDateTime> published(Fixture f) {
    return f.expected().published().flatMap(text -> {
      try {
        return Optional.of(OffsetDateTime.parse(text));
      } catch (DateTimeParseException notADateTime) {
        try {
          return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
          return Optional.empty();
        }
      }
    });
  }

  private static String summary(Fixture f) {
    String first = f.expected().text().split("\n\n", 2)[0];
    return first.length() <= 300 ? first : first.substring(0, 297).strip() + "...";
  }

  private String rss() {
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<channel>\n")
        .append("  <title>Newsdesk fixtures</title>\n")
        .append("  <link>").append(base).append("</link>\n")
        .append("  <description>Every news page of the Newsdesk corpus</description>\n")
        .append("  <language>en</language>\n")
        .append("  <atom:link href=\"").append(uri(RSS_PATH)).append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
    for (Fixture f : articles()) {
      x.append("  <item>\n")
          .append("    <title>").append(xml(f.expected().title())).append("</title>\n")
          .append("    <link>").append(uri(f)).append("</link>\n")
          .append("    <guid isPermaLink=\"true\">").append(uri(f)).append("</guid>\n");
      published(f).ifPresent(p -> x.append("    <pubDate>").append(HTTP_DATE.format(p)).append("</pubDate>\n"));
      for (String author : f.expected().byline()) {
        x.append("    <dc:creator>").append(xml(author)).append("</dc:creator>\n");
      }
      x.append("    <description>").append(xml(summary(f))).append("</description>\n")
          .append("  </item>\n");
    }
    return x.append("</channel>\n</rss>\n").toString();
  }

  private String atom() {
    List<Fixture> articles = articles();
    String updated = articles.stream().findFirst().flatMap(FixtureServer::published)
        .orElse(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).toString();
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("  <title>Newsdesk fixtures</title>\n")
        .append("  <id>").append(base).append("</id>\n")
        .append("  <updated>").append(updated).append("</updated>\n")
        .append("  <link rel=\"self\" href=\"").append(uri(ATOM_PATH)).append("\"/>\n")
        .append("  <link rel=\"alternate\" href=\"").append(base).append("\"/>\n");
    for (Fixture f : articles) {
      String when = published(f).map(OffsetDateTime::toString).orElse(updated);
      x.append("  <entry>\n")
          .append("    <title>").append(xml(f.expected().title())).append("</title>\n")
          .append("    <link rel=\"alternate\" href=\"").append(uri(f)).append("\"/>\n")
          .append("    <id>").append(uri(f)).append("</id>\n")
          .append("    <updated>").append(when).append("</updated>\n");
      published(f).ifPresent(p -> x.append("    <published>").append(p).append("</published>\n"));
      for (String author : f.expected().byline()) {
        x.append("    <author><name>").append(xml(author)).append("</name></author>\n");
      }
      x.append("    <summary>").append(xml(summary(f))).append("</summary>\n")
          .append("  </entry>\n");
    }
    return x.append("</feed>\n").toString();
  }

  private String sitemap() {
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    for (Fixture f : fixtures) {
      if (f.has(ERROR_PAGE)) {
        continue; // a page that answers 404 is in no sitemap
      }
      x.append("  <url>\n    <loc>").append(uri(f)).append("</loc>\n");
      published(f).ifPresent(p -> x.append("    <lastmod>").append(p).append("</lastmod>\n"));
      if (!f.expected().text().isEmpty()) {
        x.append("    <news:news>\n")
            .append("      <news:publication><news:name>").append(xml(f.expected().site()))
            .append("</news:name><news:language>").append(xml(f.language())).append("</news:language></news:publication>\n");
        published(f).ifPresent(p -> x.append("      <news:publication_date>").append(p).append("</news:publication_date>\n"));
        x.append("      <news:title>").append(xml(f.expected().title())).append("</news:title>\n")
            .append("    </news:news>\n");
      }
      x.append("  </url>\n");
    }
    return x.append("</urlset>\n").toString();
  }

  private String robots() {
    return "# Newsdesk fixture server\n"
        + "User-agent: *\n"
        + "Disallow: " + DISALLOWED_PATH + "\n"
        + "\n"
        + "Sitemap: " + uri(SITEMAP_PATH) + "\n";
  }

  private String homePage() {
    StringBuilder html = new StringBuilder(2048);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Newsdesk fixtures</title>")
        .append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"").append(RSS_PATH).append("\">")
        .append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"").append(ATOM_PATH).append("\">")
        .append("</head>\n<body><h1>Newsdesk fixtures</h1><ul>\n");
    for (Fixture f : fixtures) {
      String title = f.expected().title().isEmpty() ? f.name() : f.expected().title();
      html.append("<li><a href=\"").append(xml(pathOf(f))).append("\">").append(xml(title)).append("</a></li>\n");
    }
    return html.append("</ul></body></html>\n").toString();
  }

  private static String disallowedPage(String path) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Private</title></head><body><p>"
        + xml(path) + " is disallowed by robots.txt; a polite crawler never asks for it.</p></body></html>\n";
  }

  private static byte[] errorPage(int status, String reason) {
    return bytes("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + status + " " + reason
        + "</title></head><body><h1>" + status + " " + reason + "</h1></body></html>\n");
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 410 -> "Gone";
      case 429 -> "Too many requests";
      case 500 -> "Internal server error";
      case 502 -> "Bad gateway";
      case 503 -> "Service unavailable";
      case 504 -> "Gateway timeout";
      default -> "Error";
    };
  }

  static String xml(String text) {
    // Settings per call: jsoup's keep a charset encoder, which is not for sharing between threads.
    return Entities.escape(text, new Document.OutputSettings().escapeMode(Entities.EscapeMode.xhtml));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
