package dev.newsdesk.internal.fetch;

import dev.newsdesk.fetch.FetchException;
import dev.newsdesk.fetch.FetchException.Reason;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.FetchRequest;
import dev.newsdesk.fetch.FetchResult;
import dev.newsdesk.fetch.Fetcher;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.fetch.Validators;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.internal.fetch.robots.RobotsCache;
import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The default fetcher on the JDK's HttpClient. Redirects are followed here, not by the client, so
 * that every hop is checked: its scheme and addresses against the policy ({@link AddressGuard},
 * which also explains how DNS rebinding is handled), its path against the site's robots.txt
 * ({@link RobotsCache}), and its host's politeness slot ({@link HostGates}). Retries on 429, 503
 * and dropped connections back off exponentially with jitter, or as {@code Retry-After} says.
 * Bodies are read with caps on size and on the time between two parts ({@link BodyCollector}),
 * and decompressed with a cap ({@link ContentDecoding}). Thread-safe; share one.
 */
public final class HttpFetcher implements Fetcher {
  /** RFC 9309: at least 500 KiB of a robots.txt must be read; the rest may be ignored. */
  static final int ROBOTS_MAX_BYTES = 500 * 1024;
  /** RFC 9309: at least five consecutive redirects followed for robots.txt. */
  static final int ROBOTS_MAX_REDIRECTS = 5;
  /** Of an error or redirect response, only this much is read (so the connection can be reused). */
  private static final int OTHER_BODY_BYTES = 16 * 1024;

  private static final String PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1";
  private static final String FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
      + "application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.5,*/*;q=0.1";

  private final FetchPolicy policy;
  private final HttpClient client;
  private final AddressGuard guard;
  private final HostGates gates;
  private final RobotsCache robots;

  public HttpFetcher(FetchPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(policy.connectTimeout());
    if (policy.keepCookies()) {
      builder.cookieHandler(new CookieManager());
    }
    this.client = builder.build();
    this.guard = new AddressGuard(policy);
    this.gates = new HostGates(policy.maxInFlightPerHost());
    this.robots = new RobotsCache(this::loadRobots, policy.robotsToken(), policy.robotsCacheTime(), policy.robotsErrorWait());
  }

  /** The policy this fetcher obeys. */
  public FetchPolicy policy() {
    return policy;
  }

  @Override
  public Page fetch(URI uri) {
    Objects.requireNonNull(uri, "uri");
    // Unconditional, so never NotModified.
    return ((FetchResult.Fetched) fetch(FetchRequest.page(uri))).page();
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    Objects.requireNonNull(request, "request");
    URI start = withoutFragment(request.uri());
    Deadline deadline = new Deadline(policy.timeout());
    Set<URI> seen = new HashSet<>();
    URI current = start;
    for (int hop = 0; ; hop++) {
      String target = hop == 0 ? start.toString() : current + " (redirected from " + start + ")";
      if (!seen.add(current)) {
        throw new FetchException(current, Reason.REDIRECTS, -1, Messages.fetchRedirectLoop(start.toString(), current), null);
      }
      List<InetAddress> checked = guard.check(current, target);
      Duration delay = policy.minDelayPerHost();
      if (policy.robotsTxt() == FetchPolicy.RobotsTxt.OBEY) {
        delay = obeyRobots(current, target, delay);
      }
      HttpResponse<byte[]> response = exchange(current, target, request, delay, deadline);
      guard.recheck(current, target, checked);
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (isRedirect(status) && location.isPresent()) {
        if (hop >= policy.maxRedirects()) {
          throw new FetchException(current, Reason.REDIRECTS, status,
              Messages.fetchTooManyRedirects(start.toString(), policy.maxRedirects()), null);
        }
        current = resolveLocation(current, location.get(), target, status);
        continue;
      }
      Validators fresh = Validators.of(response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
      if (status == 304 && !request.validators().isEmpty()) {
        return new FetchResult.NotModified(current, merge(fresh, request.validators()));
      }
      if (status < 200 || status >= 300) {
        throw new FetchException(current, Reason.HTTP_STATUS, status, Messages.fetchStatus(target, status), null);
      }
      return toResult(current, target, request.kind(), response, fresh);
    }
  }

  /**
   * The sitemaps named by the robots.txt of {@code uri}'s site, read (or taken from the cache)
   * whether or not the policy obeys robots.txt.
   */
  public List<URI> sitemapsOf(URI uri) {
    if (!AddressGuard.isFetchable(uri)) {
      return List.of();
    }
    return robots.entryFor(uri).sitemaps();
  }

  // ---- robots.txt

  private Duration obeyRobots(URI uri, String target, Duration delay) {
    RobotsCache.Entry site = robots.entryFor(uri);
    if (!site.rules().allows(uri)) {
      String message = site.state() == RobotsCache.State.UNREACHABLE
          ? Messages.robotsUnreadable(target, site.robotsUri(), site.problem(), policy.robotsErrorWait())
          : Messages.robotsDisallowed(target, policy.robotsToken(), site.robotsUri());
      throw new FetchException(uri, Reason.BLOCKED_BY_ROBOTS, -1, message, null);
    }
    Optional<Duration> crawlDelay = site.rules().crawlDelay();
    if (crawlDelay.isPresent()) {
      Duration honoured = min(crawlDelay.get(), policy.maxCrawlDelay());
      return honoured.compareTo(delay) > 0 ? honoured : delay;
    }
    return delay;
  }

  /**
   * Fetches a robots.txt: redirects followed and checked, no politeness wait (it comes before the
   * site's first page), no retries, the body truncated at {@value #ROBOTS_MAX_BYTES} bytes.
   */
  private RobotsCache.Response loadRobots(URI robotsUri) {
    Deadline deadline = new Deadline(policy.timeout());
    deadline.start();
    Set<URI> seen = new HashSet<>();
    URI current = robotsUri;
    int status = 0;
    for (int hop = 0; hop <= ROBOTS_MAX_REDIRECTS && seen.add(current); hop++) {
      String target = current.toString();
      try {
        List<InetAddress> checked = guard.check(current, target);
        HttpRequest request = request(current, "text/plain,*/*;q=0.1", Validators.NONE, deadline, false);
        HttpResponse<byte[]> response = send(current, target, request, info -> info.statusCode() >= 200 && info.statusCode() < 300
            ? new BodyCollector(ROBOTS_MAX_BYTES, BodyCollector.Overflow.TRUNCATE, policy.readTimeout())
            : new BodyCollector(OTHER_BODY_BYTES, BodyCollector.Overflow.TRUNCATE, policy.readTimeout()), deadline);
        guard.recheck(current, target, checked);
        status = response.statusCode();
        Optional<String> location = response.headers().firstValue("Location");
        if (isRedirect(status) && location.isPresent()) {
          current = resolveLocation(current, location.get(), target, status);
          continue;
        }
        byte[] body = response.body();
        String encoding = response.headers().firstValue("Content-Encoding").orElse("");
        try {
          body = ContentDecoding.decode(body, encoding, ROBOTS_MAX_BYTES);
        } catch (IOException e) {
          return RobotsCache.Response.failed("its body cannot be decoded: " + e.getMessage());
        }
        return RobotsCache.Response.of(status, new String(body, StandardCharsets.UTF_8));
      } catch (Dropped e) {
        return RobotsCache.Response.failed("the connection was dropped: " + e.getCause().getMessage());
      } catch (FetchException e) {
        if (e.reason() == Reason.INTERRUPTED) {
          throw e; // not a fact about the site: nothing is cached
        }
        return RobotsCache.Response.failed(e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return RobotsCache.Response.of(status == 0 ? 310 : status, ""); // too many redirects: unavailable
  }

  // ---- one request, with politeness and retries

  private HttpResponse<byte[]> exchange(URI uri, String target, FetchRequest request, Duration delay, Deadline deadline) {
    String accept = request.kind() == FetchRequest.Kind.PAGE ? PAGE_ACCEPT : FEED_ACCEPT;
    for (int attempt = 0; ; attempt++) {
      HttpResponse<byte[]> response = null;
      IOException dropped = null;
      HostGates.Permit permit = enter(uri, target, delay);
      try {
        deadline.start();
        HttpRequest httpRequest = request(uri, accept, request.validators(), deadline, true);
        response = send(uri, target, httpRequest, info -> bodyFor(info, request.kind()), deadline);
      } catch (Dropped e) {
        dropped = (IOException) e.getCause();
      } finally {
        permit.close(); // before any wait for a retry
      }
      if (dropped != null) {
        if (attempt < policy.maxRetries()) {
          pause(backoff(attempt), deadline, uri, target);
          continue;
        }
        throw new FetchException(uri, Reason.UNREACHABLE, -1, attempt == 0
            ? Messages.fetchUnreachable(target, dropped)
            : Messages.fetchUnreachableAfterRetries(target, attempt + 1, dropped), dropped);
      }
      int status = response.statusCode();
      if (status != 429 && status != 503) {
        return response;
      }
      if (attempt >= policy.maxRetries()) {
        throw new FetchException(uri, Reason.HTTP_STATUS, status, attempt == 0
            ? Messages.fetchStatus(target, status)
            : Messages.fetchStatusAfterRetries(target, status, attempt + 1), null);
      }
      Optional<Duration> asked = retryAfter(response.headers());
      Duration wait = asked.isPresent() ? asked.get() : backoff(attempt);
      if (wait.compareTo(policy.maxRetryWait()) > 0 || wait.toNanos() > deadline.remainingNanos()) {
        throw new FetchException(uri, Reason.HTTP_STATUS, status, asked.isPresent()
            ? Messages.fetchRetryAfterTooLong(target, status, wait, policy.maxRetryWait())
            : Messages.fetchStatusAfterRetries(target, status, attempt + 1), null);
      }
      pause(wait, deadline, uri, target);
    }
  }

  private HostGates.Permit enter(URI uri, String target, Duration delay) {
    try {
      return gates.enter(hostKey(uri), delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri, Reason.INTERRUPTED, -1, Messages.fetchInterrupted(target), e);
    }
  }

  private HttpRequest request(URI uri, String accept, Validators validators, Deadline deadline, boolean compressed) {
    long nanos = Math.max(1_000_000, Math.min(policy.readTimeout().toNanos(), deadline.remainingNanos()));
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofNanos(nanos))
            .header("User-Agent", policy.userAgent())
            .header("Accept", accept)
            .GET();
    if (compressed) {
      builder.header("Accept-Encoding", "gzip, deflate");
    }
    if (uri.getScheme().equalsIgnoreCase("http")) {
      builder.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance on plain http
    }
    validators.etag().ifPresent(tag -> builder.header("If-None-Match", tag));
    validators.lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
    return builder.build();
  }

  /** How much of a body to read: a wanted one up to the cap; one of the wrong type or size, nothing; others a little. */
  private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info, FetchRequest.Kind kind) {
    int status = info.statusCode();
    if (status < 200 || status >= 300) {
      return new BodyCollector(OTHER_BODY_BYTES, BodyCollector.Overflow.TRUNCATE, policy.readTimeout());
    }
    if (!acceptable(kind, mediaType(info.headers())) || contentLength(info.headers()).orElse(0) > policy.maxBytes()) {
      return BodyCollector.refusing();
    }
    return new BodyCollector(policy.maxBytes(), BodyCollector.Overflow.FAIL, policy.readTimeout());
  }

  private HttpResponse<byte[]> send(URI uri, String target, HttpRequest request,
      HttpResponse.BodyHandler<byte[]> handler, Deadline deadline) {
    AtomicReference<HttpResponse.BodySubscriber<byte[]>> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      HttpResponse.BodySubscriber<byte[]> subscriber = handler.apply(info);
      body.set(subscriber);
      return subscriber;
    });
    // The wait wakes now and then to end a body that stopped coming (the read timeout); the wait for
    // the headers is the request's own timeout, and the whole exchange is bounded by the deadline.
    long check = Math.max(1_000_000, policy.readTimeout().toNanos() / 4);
    try {
      while (true) {
        long remaining = deadline.remainingNanos();
        try {
          return future.get(Math.min(remaining, check), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (remaining <= check) {
            future.cancel(true);
            throw new FetchException(uri, Reason.TIMEOUT, -1,
                Messages.fetchTimedOut(target, "no complete answer", policy.timeout(), "timeout"), e);
          }
          if (body.get() instanceof BodyCollector collector) {
            collector.timeOutIfIdle();
          }
        }
      }
    } catch (ExecutionException e) {
      IOException stopped = body.get() instanceof BodyCollector collector ? collector.failure() : null;
      throw failure(uri, target, stopped != null ? stopped : e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(uri, Reason.INTERRUPTED, -1, Messages.fetchInterrupted(target), e);
    }
  }

  /** The typed failure for an exception of the client, or {@link Dropped} when a retry may help. */
  private RuntimeException failure(URI uri, String target, Throwable error) {
    Throwable t;
    if ((t = find(error, BodyCollector.TooLarge.class)) != null) {
      return new FetchException(uri, Reason.TOO_LARGE, 200, Messages.fetchTooLarge(target, policy.maxBytes()), t);
    }
    if ((t = find(error, BodyCollector.ReadTimedOut.class)) != null) {
      return new FetchException(uri, Reason.TIMEOUT, 200,
          Messages.fetchTimedOut(target, "the body stopped coming", policy.readTimeout(), "readTimeout"), t);
    }
    if ((t = find(error, HttpConnectTimeoutException.class)) != null) {
      return new FetchException(uri, Reason.TIMEOUT, -1,
          Messages.fetchTimedOut(target, "no connection", policy.connectTimeout(), "connectTimeout"), t);
    }
    if ((t = find(error, HttpTimeoutException.class)) != null) {
      return new FetchException(uri, Reason.TIMEOUT, -1,
          Messages.fetchTimedOut(target, "no response", policy.readTimeout(), "readTimeout"), t);
    }
    if ((t = find(error, UnresolvedAddressException.class)) != null || (t = find(error, UnknownHostException.class)) != null) {
      return new FetchException(uri, Reason.UNREACHABLE, -1, Messages.fetchUnknownHost(target), t);
    }
    if ((t = find(error, ConnectException.class)) != null) {
      return new FetchException(uri, Reason.UNREACHABLE, -1, t.getMessage() == null
          ? Messages.fetchRefused(target) : Messages.fetchUnreachable(target, (ConnectException) t), t);
    }
    if (error instanceof IOException io) {
      return new Dropped(io); // reset, closed early, no bytes: worth a retry
    }
    Exception cause = error instanceof Exception e ? e : new IOException(String.valueOf(error), error);
    return new FetchException(uri, Reason.UNREACHABLE, -1, Messages.fetchUnreachable(target, cause), error);
  }

  private static Throwable find(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  /** A connection dropped mid-exchange; the exchange may be retried. */
  private static final class Dropped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Dropped(IOException cause) {
      super(cause);
    }
  }

  private void pause(Duration wait, Deadline deadline, URI uri, String target) {
    if (wait.toNanos() > deadline.remainingNanos()) {
      throw new FetchException(uri, Reason.TIMEOUT, -1,
          Messages.fetchTimedOut(target, "no complete answer", policy.timeout(), "timeout"), null);
    }
    try {
      TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri, Reason.INTERRUPTED, -1, Messages.fetchInterrupted(target), e);
    }
  }

  /** The wait before retry {@code attempt + 1}: the backoff doubled each time, between half and all of it. */
  private Duration backoff(int attempt) {
    long base = policy.retryBackoff().toNanos() << Math.min(attempt, 20);
    long capped = Math.min(Math.max(base, 0), policy.maxRetryWait().toNanos());
    long jittered = capped / 2 + (capped > 1 ? ThreadLocalRandom.current().nextLong(capped / 2 + 1) : 0);
    return Duration.ofNanos(jittered);
  }

  /** {@code Retry-After} in seconds or as an HTTP date; empty when absent or unreadable. */
  static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    String v = value.get();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        return Optional.of(Duration.ofDays(365)); // absurdly long: more than any wait allowed
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  // ---- the response

  private FetchResult toResult(URI uri, String target, FetchRequest.Kind kind, HttpResponse<byte[]> response, Validators fresh) {
    HttpHeaders headers = response.headers();
    String contentType = headers.firstValue("Content-Type").orElse("");
    String mediaType = mediaType(headers);
    if (!acceptable(kind, mediaType)) {
      throw new FetchException(uri, kind == FetchRequest.Kind.PAGE ? Reason.NOT_HTML : Reason.NOT_A_FEED,
          response.statusCode(), kind == FetchRequest.Kind.PAGE
              ? Messages.fetchNotHtml(target, mediaType) : Messages.fetchNotFeed(target, mediaType), null);
    }
    if (contentLength(headers).orElse(0) > policy.maxBytes()) {
      throw new FetchException(uri, Reason.TOO_LARGE, response.statusCode(), Messages.fetchTooLarge(target, policy.maxBytes()), null);
    }
    String encoding = headers.firstValue("Content-Encoding").orElse("");
    byte[] body;
    try {
      body = ContentDecoding.decode(response.body(), encoding, policy.maxDecompressedBytes());
      if (kind == FetchRequest.Kind.FEED && ContentDecoding.looksGzipped(body)) {
        encoding = "gzip";
        body = ContentDecoding.gunzip(body, policy.maxDecompressedBytes()); // a sitemap.xml.gz file
      }
    } catch (ContentDecoding.TooLarge e) {
      throw new FetchException(uri, Reason.TOO_LARGE, response.statusCode(),
          Messages.fetchTooLargeDecompressed(target, policy.maxDecompressedBytes()), e);
    } catch (IOException e) {
      throw new FetchException(uri, Reason.UNREADABLE, response.statusCode(), Messages.fetchUnreadable(target, encoding, e), e);
    }
    return new FetchResult.Fetched(new Page(uri, body, charsetOf(contentType)), mediaType, fresh);
  }

  /** Whether a body of this media type is wanted for this kind of fetch. */
  static boolean acceptable(FetchRequest.Kind kind, String mediaType) {
    if (kind == FetchRequest.Kind.PAGE) {
      return mediaType.isEmpty() || mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")
          || mediaType.equals("text/plain");
    }
    return !(mediaType.startsWith("image/") || mediaType.startsWith("audio/") || mediaType.startsWith("video/")
        || mediaType.startsWith("font/") || mediaType.equals("application/pdf"));
  }

  private static String mediaType(HttpHeaders headers) {
    String contentType = headers.firstValue("Content-Type").orElse("");
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static OptionalLong contentLength(HttpHeaders headers) {
    return headers.firstValueAsLong("Content-Length");
  }

  static Optional<Charset> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
        String name = pair[1].trim().replace("\"", "").replace("'", "");
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty(); // an unknown label falls back to detection from the bytes
        }
      }
    }
    return Optional.empty();
  }

  // ---- URLs

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI resolveLocation(URI base, String location, String target, int status) {
    String l = location.strip();
    try {
      URI next;
      try {
        next = base.resolve(new URI(l));
      } catch (URISyntaxException e) {
        next = base.resolve(new URI(l.replace(" ", "%20").replace("|", "%7C")));
      }
      return withoutFragment(next);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(base, Reason.REDIRECTS, status, Messages.fetchBadRedirect(target, l), e);
    }
  }

  static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String s = uri.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }

  /** Politeness is per host and port. */
  private static String hostKey(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static Validators merge(Validators fresh, Validators known) {
    return new Validators(fresh.etag().or(known::etag), fresh.lastModified().or(known::lastModified));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The overall time limit of one fetch, counted from its first request. */
  private static final class Deadline {
    private final long budget;
    private long end;

    Deadline(Duration budget) {
      this.budget = budget.toNanos();
    }

    void start() {
      if (end == 0) {
        end = System.nanoTime() + budget;
      }
    }

    long remainingNanos() {
      return end == 0 ? budget : Math.max(1, end - System.nanoTime());
    }
  }
}
