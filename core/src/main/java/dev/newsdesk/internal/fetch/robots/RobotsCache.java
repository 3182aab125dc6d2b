package dev.newsdesk.internal.fetch.robots;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Each site's robots.txt, fetched once and reused until it expires (RFC 9309 section 2.4). A site
 * is its origin: scheme, host and port. While one thread fetches a site's file, others wanting
 * the same site wait for it rather than fetch it again. Thread-safe.
 *
 * <ul>
 *   <li>2xx: the file's rules, for the cache time.
 *   <li>4xx (but 429), or too many redirects: "unavailable", everything allowed, for the cache time.
 *   <li>5xx, 429, or unreachable: "unreachable", everything disallowed, for the error wait; then
 *       the file is asked for again.
 * </ul>
 */
public final class RobotsCache {
  private static final int MAX_SITES = 10_000;

  /** What asking for a robots.txt gave. */
  public record Response(int status, String body, String problem) {
    /** A response with a status (body may be empty). */
    public static Response of(int status, String body) {
      return new Response(status, body, "");
    }

    /** No response: the site could not be reached or answered too slowly. */
    public static Response failed(String problem) {
      return new Response(-1, "", problem);
    }
  }

  /** How a robots.txt is fetched: a GET of the URI, redirects followed, body truncated. */
  @FunctionalInterface
  public interface Loader {
    Response load(URI robotsUri);
  }

  /** What is known of one site. */
  public enum State {
    /** The file was read. */
    READ,
    /** There is no file (4xx): everything allowed. */
    UNAVAILABLE,
    /** The file could not be read (5xx, 429, unreachable): everything disallowed for a while. */
    UNREACHABLE
  }

  /**
   * One site's entry.
   *
   * @param robotsUri the file's URI
   * @param state what is known
   * @param rules the rules for this crawler
   * @param sitemaps the sitemaps the file names
   * @param problem why the file could not be read, for {@link State#UNREACHABLE}
   * @param expiresAt when to ask again, in {@link System#nanoTime()} terms
   */
  public record Entry(URI robotsUri, State state, RobotsTxt.Rules rules, List<URI> sitemaps, String problem, long expiresAt) {}

  private final Loader loader;
  private final String token;
  private final Duration cacheTime;
  private final Duration errorWait;
  private final LongSupplier clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  public RobotsCache(Loader loader, String token, Duration cacheTime, Duration errorWait) {
    this(loader, token, cacheTime, errorWait, System::nanoTime);
  }

  RobotsCache(Loader loader, String token, Duration cacheTime, Duration errorWait, LongSupplier clock) {
    this.loader = loader;
    this.token = token;
    this.cacheTime = cacheTime;
    this.errorWait = errorWait;
    this.clock = clock;
  }

  /** The site of {@code uri}: {@code https://example.com:443}. */
  public static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  /** The robots.txt of {@code uri}'s site. */
  public static URI robotsUri(URI uri) {
    return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
        + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + "/robots.txt");
  }

  /** The entry for {@code uri}'s site, fetching its robots.txt when there is none or it expired. */
  public Entry entryFor(URI uri) {
    String origin = origin(uri);
    Entry entry = entries.get(origin);
    if (fresh(entry)) {
      return entry;
    }
    ReentrantLock lock = locks.computeIfAbsent(origin, o -> new ReentrantLock());
    lock.lock();
    try {
      entry = entries.get(origin);
      if (fresh(entry)) {
        return entry;
      }
      entry = load(uri);
      if (entries.size() >= MAX_SITES) {
        long now = clock.getAsLong();
        entries.values().removeIf(e -> e.expiresAt() - now <= 0);
        if (entries.size() >= MAX_SITES) {
          entries.clear();
        }
      }
      entries.put(origin, entry);
      return entry;
    } finally {
      lock.unlock();
      if (locks.size() > MAX_SITES) {
        locks.clear(); // locks are only for concurrent first loads; losing them costs at most a double load
      }
    }
  }

  private boolean fresh(Entry entry) {
    return entry != null && entry.expiresAt() - clock.getAsLong() > 0;
  }

  private Entry load(URI uri) {
    URI robotsUri = robotsUri(uri);
    Response response = loader.load(robotsUri);
    long now = clock.getAsLong();
    int status = response.status();
    if (status >= 200 && status < 300) {
      RobotsTxt file = RobotsTxt.parse(response.body(), robotsUri);
      return new Entry(robotsUri, State.READ, file.rulesFor(token), file.sitemaps(), "", now + cacheTime.toNanos());
    }
    if (status >= 300 && status < 400 || status >= 400 && status < 500 && status != 429) {
      return new Entry(robotsUri, State.UNAVAILABLE, RobotsTxt.Rules.ALLOW_ALL, List.of(), "", now + cacheTime.toNanos());
    }
    String problem = status >= 0 ? "HTTP " + status : response.problem();
    return new Entry(robotsUri, State.UNREACHABLE, RobotsTxt.Rules.DISALLOW_ALL, List.of(), problem, now + errorWait.toNanos());
  }
}
