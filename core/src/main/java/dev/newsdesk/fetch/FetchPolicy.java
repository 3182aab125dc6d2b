package dev.newsdesk.fetch;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the default fetcher may do: which addresses it may reach, how long it waits, how much it
 * reads, how it retries, how politely it treats each host and whether it obeys robots.txt.
 * Immutable; each {@code with...} method returns a changed copy.
 *
 * <p>{@code FetchPolicy policy = FetchPolicy.DEFAULT.allowingPrivateAddresses().withPoliteness(2, Duration.ofMillis(250));}
 *
 * <p><b>Safety.</b> By default ({@link #DEFAULT}) only public addresses are reached: loopback,
 * private, link-local, multicast, unique-local, unspecified and reserved addresses are refused,
 * on every redirect hop, so a URL from a user cannot reach the host's internal services. Only
 * http and https are fetched, and no cookies are kept.
 *
 * <p><b>Politeness.</b> At most {@link #maxInFlightPerHost()} requests run at once against one
 * host (host and port), and each starts at least {@link #minDelayPerHost()} after the previous one
 * started and after it ended, or the host's robots.txt {@code Crawl-delay} if larger (up to
 * {@link #maxCrawlDelay()}). robots.txt itself is asked for without waiting.
 * Different hosts are fetched in parallel.
 *
 * @param allowPrivateAddresses whether loopback, private and other non-public addresses may be
 *     fetched (default false)
 * @param timeout the longest one fetch may take, redirects and retries included, counted from its
 *     first request (waiting for robots.txt or for the host's turn is not counted) (default 30 s)
 * @param maxBytes the largest body read, as sent on the wire (default 10 MB)
 * @param maxRedirects the most redirects followed (default 5)
 * @param userAgent the User-Agent header sent; its first token (before {@code /}) is the product
 *     token matched against robots.txt groups (default {@code Newsdesk/<version> (+https://newsdesk.dev/bot)})
 * @param connectTimeout the longest wait for a connection (default 10 s)
 * @param readTimeout the longest wait for the response to start, and between two parts of the
 *     body (default 20 s)
 * @param maxDecompressedBytes the largest body once gzip or deflate is undone (default 50 MB, the
 *     largest sitemap sitemaps.org allows)
 * @param maxRetries how many times a request is retried after 429, 503 or a dropped connection
 *     (default 2)
 * @param retryBackoff the wait before the first retry, doubled for each further one, with
 *     jitter, when the server gives no {@code Retry-After} (default 1 s)
 * @param maxRetryWait the longest wait before a retry; a {@code Retry-After} asking for more
 *     fails the fetch at once (default 60 s)
 * @param maxInFlightPerHost how many requests may run at once against one host (default 1)
 * @param minDelayPerHost the least time between two requests to one host, from the end (and the
 *     start) of one to the start of the next (default 1 s)
 * @param maxCrawlDelay the most a robots.txt {@code Crawl-delay} is honoured (default 60 s)
 * @param robotsTxt whether robots.txt is obeyed (default {@link RobotsTxt#OBEY})
 * @param robotsCacheTime how long a site's robots.txt is reused before it is fetched again
 *     (default 24 h, the most RFC 9309 allows)
 * @param robotsErrorWait how long a site whose robots.txt could not be read (5xx, 429,
 *     unreachable) is treated as disallowing everything (default 10 min)
 * @param allowedNetworks non-public networks that may be fetched even though
 *     {@code allowPrivateAddresses} is false, as CIDR blocks ({@code 10.1.0.0/16}) or single
 *     addresses (default none)
 * @param keepCookies whether cookies set by servers are kept and sent back (default false)
 * @since 0.1
 */
public record FetchPolicy(
    boolean allowPrivateAddresses,
    Duration timeout,
    long maxBytes,
    int maxRedirects,
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxDecompressedBytes,
    int maxRetries,
    Duration retryBackoff,
    Duration maxRetryWait,
    int maxInFlightPerHost,
    Duration minDelayPerHost,
    Duration maxCrawlDelay,
    RobotsTxt robotsTxt,
    Duration robotsCacheTime,
    Duration robotsErrorWait,
    List<String> allowedNetworks,
    boolean keepCookies) {

  /**
   * Whether the fetcher reads and obeys robots.txt.
   *
   * @since 0.1
   */
  public enum RobotsTxt {
    /** Read each site's robots.txt (RFC 9309) and fetch nothing it disallows. */
    OBEY,
    /** Do not read robots.txt: for sites the host owns or has permission to fetch. */
    IGNORE
  }

  /** The default body-size cap: 10 MB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The default cap on a decompressed body: 50 MB. */
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 50L * 1024 * 1024;

  /** The default User-Agent: the library's name and version, and where to read about it. */
  public static final String DEFAULT_USER_AGENT =
      "Newsdesk/" + dev.newsdesk.internal.fetch.Version.current() + " (+https://newsdesk.dev/bot)";

  /** The safe, polite defaults described above. */
  public static final FetchPolicy DEFAULT =
      new FetchPolicy(
          false,
          Duration.ofSeconds(30),
          DEFAULT_MAX_BYTES,
          5,
          DEFAULT_USER_AGENT,
          Duration.ofSeconds(10),
          Duration.ofSeconds(20),
          DEFAULT_MAX_DECOMPRESSED_BYTES,
          2,
          Duration.ofSeconds(1),
          Duration.ofSeconds(60),
          1,
          Duration.ofSeconds(1),
          Duration.ofSeconds(60),
          RobotsTxt.OBEY,
          Duration.ofHours(24),
          Duration.ofMinutes(10),
          List.of(),
          false);

  public FetchPolicy {
    positive(timeout, "timeout");
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0, was " + maxRedirects);
    }
    positive(connectTimeout, "connectTimeout");
    positive(readTimeout, "readTimeout");
    if (maxDecompressedBytes <= 0) {
      throw new IllegalArgumentException("maxDecompressedBytes must be positive, was " + maxDecompressedBytes);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
    }
    notNegative(retryBackoff, "retryBackoff");
    notNegative(maxRetryWait, "maxRetryWait");
    if (maxInFlightPerHost < 1) {
      throw new IllegalArgumentException("maxInFlightPerHost must be at least 1, was " + maxInFlightPerHost);
    }
    notNegative(minDelayPerHost, "minDelayPerHost");
    notNegative(maxCrawlDelay, "maxCrawlDelay");
    Objects.requireNonNull(robotsTxt, "robotsTxt");
    notNegative(robotsCacheTime, "robotsCacheTime");
    notNegative(robotsErrorWait, "robotsErrorWait");
    allowedNetworks = List.copyOf(allowedNetworks);
    allowedNetworks.forEach(dev.newsdesk.internal.fetch.Network::parse); // fails on a bad block
  }

  /** The policy as it was in 0.1's first form; every other part takes its default. */
  public FetchPolicy(boolean allowPrivateAddresses, Duration timeout, long maxBytes, int maxRedirects, String userAgent) {
    this(allowPrivateAddresses, timeout, maxBytes, maxRedirects, userAgent,
        DEFAULT.connectTimeout, DEFAULT.readTimeout, DEFAULT.maxDecompressedBytes, DEFAULT.maxRetries,
        DEFAULT.retryBackoff, DEFAULT.maxRetryWait, DEFAULT.maxInFlightPerHost, DEFAULT.minDelayPerHost,
        DEFAULT.maxCrawlDelay, DEFAULT.robotsTxt, DEFAULT.robotsCacheTime, DEFAULT.robotsErrorWait,
        DEFAULT.allowedNetworks, DEFAULT.keepCookies);
  }

  /** The product token robots.txt groups are matched against: the User-Agent's first word. */
  public String robotsToken() {
    String token = userAgent.strip().split("[/\\s]", 2)[0];
    return token.toLowerCase(Locale.ROOT);
  }

  /** This policy, also allowing loopback and private addresses (tests, intranet archives). */
  public FetchPolicy allowingPrivateAddresses() {
    return change(d -> d.allowPrivateAddresses = true);
  }

  /**
   * This policy, also allowing these non-public networks, given as CIDR blocks
   * ({@code "10.1.0.0/16"}, {@code "fd00::/8"}) or single addresses ({@code "127.0.0.1"}); other
   * non-public addresses stay blocked.
   *
   * @throws IllegalArgumentException if a block is not an IP address with an optional prefix length
   */
  public FetchPolicy allowingNetworks(String... cidrs) {
    List<String> more = Arrays.asList(cidrs.clone());
    more.forEach(c -> Objects.requireNonNull(c, "cidrs"));
    return change(d -> d.allowedNetworks = concat(d.allowedNetworks, more));
  }

  /** This policy with another overall timeout. */
  public FetchPolicy withTimeout(Duration newTimeout) {
    return change(d -> d.timeout = newTimeout);
  }

  /** This policy with other connect, read and overall timeouts. */
  public FetchPolicy withTimeouts(Duration connect, Duration read, Duration total) {
    return change(d -> {
      d.connectTimeout = connect;
      d.readTimeout = read;
      d.timeout = total;
    });
  }

  /** This policy with another body-size cap. */
  public FetchPolicy withMaxBytes(long newMaxBytes) {
    return change(d -> d.maxBytes = newMaxBytes);
  }

  /** This policy with another cap on decompressed bodies. */
  public FetchPolicy withMaxDecompressedBytes(long newMax) {
    return change(d -> d.maxDecompressedBytes = newMax);
  }

  /** This policy following at most {@code newMax} redirects. */
  public FetchPolicy withMaxRedirects(int newMax) {
    return change(d -> d.maxRedirects = newMax);
  }

  /** This policy with another User-Agent. */
  public FetchPolicy withUserAgent(String newUserAgent) {
    return change(d -> d.userAgent = newUserAgent);
  }

  /**
   * This policy retrying {@code max} times, starting with {@code backoff} and waiting at most
   * {@code maxWait} before one retry. {@code withRetries(0, Duration.ZERO, Duration.ZERO)} turns
   * retries off.
   */
  public FetchPolicy withRetries(int max, Duration backoff, Duration maxWait) {
    return change(d -> {
      d.maxRetries = max;
      d.retryBackoff = backoff;
      d.maxRetryWait = maxWait;
    });
  }

  /**
   * This policy with {@code maxInFlight} requests at once per host and at least
   * {@code minDelay} between their starts; {@code withPoliteness(1, Duration.ZERO)} only
   * serialises requests (loopback tests, benchmarks).
   */
  public FetchPolicy withPoliteness(int maxInFlight, Duration minDelay) {
    return change(d -> {
      d.maxInFlightPerHost = maxInFlight;
      d.minDelayPerHost = minDelay;
    });
  }

  /** This policy honouring a robots.txt {@code Crawl-delay} up to {@code newMax}. */
  public FetchPolicy withMaxCrawlDelay(Duration newMax) {
    return change(d -> d.maxCrawlDelay = newMax);
  }

  /** This policy not reading robots.txt: for sites the host owns or may fetch freely. */
  public FetchPolicy ignoringRobotsTxt() {
    return change(d -> d.robotsTxt = RobotsTxt.IGNORE);
  }

  /**
   * This policy reusing a site's robots.txt for {@code cacheTime}, and treating a site whose
   * robots.txt could not be read as disallowing everything for {@code errorWait}.
   */
  public FetchPolicy withRobotsCache(Duration cacheTime, Duration errorWait) {
    return change(d -> {
      d.robotsCacheTime = cacheTime;
      d.robotsErrorWait = errorWait;
    });
  }

  /** This policy keeping the cookies servers set and sending them back (per fetcher, in memory). */
  public FetchPolicy keepingCookies() {
    return change(d -> d.keepCookies = true);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  private static void notNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private FetchPolicy change(Consumer<Draft> edit) {
    Draft d = new Draft(this);
    edit.accept(d);
    return d.build();
  }

  /** A mutable copy of a policy, changed by one wither and frozen again. */
  private static final class Draft {
    boolean allowPrivateAddresses;
    Duration timeout;
    long maxBytes;
    int maxRedirects;
    String userAgent;
    Duration connectTimeout;
    Duration readTimeout;
    long maxDecompressedBytes;
    int maxRetries;
    Duration retryBackoff;
    Duration maxRetryWait;
    int maxInFlightPerHost;
    Duration minDelayPerHost;
    Duration maxCrawlDelay;
    RobotsTxt robotsTxt;
    Duration robotsCacheTime;
    Duration robotsErrorWait;
    List<String> allowedNetworks;
    boolean keepCookies;

    Draft(FetchPolicy p) {
      allowPrivateAddresses = p.allowPrivateAddresses;
      timeout = p.timeout;
      maxBytes = p.maxBytes;
      maxRedirects = p.maxRedirects;
      userAgent = p.userAgent;
      connectTimeout = p.connectTimeout;
      readTimeout = p.readTimeout;
      maxDecompressedBytes = p.maxDecompressedBytes;
      maxRetries = p.maxRetries;
      retryBackoff = p.retryBackoff;
      maxRetryWait = p.maxRetryWait;
      maxInFlightPerHost = p.maxInFlightPerHost;
      minDelayPerHost = p.minDelayPerHost;
      maxCrawlDelay = p.maxCrawlDelay;
      robotsTxt = p.robotsTxt;
      robotsCacheTime = p.robotsCacheTime;
      robotsErrorWait = p.robotsErrorWait;
      allowedNetworks = p.allowedNetworks;
      keepCookies = p.keepCookies;
    }

    FetchPolicy build() {
      return new FetchPolicy(allowPrivateAddresses, timeout, maxBytes, maxRedirects, userAgent, connectTimeout,
          readTimeout, maxDecompressedBytes, maxRetries, retryBackoff, maxRetryWait, maxInFlightPerHost,
          minDelayPerHost, maxCrawlDelay, robotsTxt, robotsCacheTime, robotsErrorWait, allowedNetworks, keepCookies);
    }
  }
}
