package dev.newsdesk.internal.feed;

import dev.newsdesk.IngestListener;
import dev.newsdesk.IngestProgress;
import dev.newsdesk.IngestReport;
import dev.newsdesk.IngestReport.Item;
import dev.newsdesk.IngestReport.Outcome;
import dev.newsdesk.Ingested;
import dev.newsdesk.NewsdeskException;
import dev.newsdesk.fetch.Feed;
import dev.newsdesk.fetch.FeedException;
import dev.newsdesk.fetch.FeedItem;
import dev.newsdesk.fetch.FetchException;
import dev.newsdesk.fetch.FetchRequest;
import dev.newsdesk.fetch.FetchResult;
import dev.newsdesk.fetch.Fetcher;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.fetch.Validators;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.internal.fetch.FetchState;
import dev.newsdesk.internal.fetch.HttpFetcher;
import dev.newsdesk.internal.fetch.robots.RobotsCache;
import dev.newsdesk.internal.fetch.robots.RobotsTxt;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * One batch of ingestion for {@code Newsdesk.ingestFeed} and {@code ingestAll}: read the feed
 * (discovering it from an HTML page's {@code <link rel=alternate>} or its site's robots.txt
 * {@code Sitemap} lines, following sitemap indexes), then fetch and ingest its pages.
 *
 * <p>Pages are grouped by host; each host gets as many virtual threads as the fetcher lets run
 * against one host at once, and all hosts run in parallel. The fetcher enforces the politeness
 * (delays, robots.txt); this class only keeps the number of threads to what can make progress.
 *
 * <p>A feed item already indexed (remembered in the {@link FetchState}, or found in the index) is
 * not fetched. A page given to {@link #pages} is fetched conditionally when it was fetched
 * before. A feed read is remembered (its validators) only when its batch had no failure, so
 * that a failed item is tried again next time rather than hidden behind a "304".
 */
public final class FeedIngest {
  /** How deep sitemap indexes may nest (the protocol allows one level). */
  static final int MAX_DEPTH = 3;
  /** The most feeds and sitemaps one batch reads. */
  static final int MAX_SOURCES = 1000;

  /** Extracts, recognises and indexes a fetched page; the feed item it came from helps with missing metadata. */
  @FunctionalInterface
  public interface Sink {
    Ingested ingest(Page page, Optional<FeedItem> fromFeed);
  }

  private final Fetcher fetcher;
  private final FetchState state;
  private final Sink sink;
  private final Predicate<URI> indexed;
  private final Progress progress;

  /**
   * @param indexed whether the index already holds an article under this URL
   */
  public FeedIngest(Fetcher fetcher, FetchState state, Sink sink, Predicate<URI> indexed, IngestListener listener) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.state = Objects.requireNonNull(state, "state");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.indexed = Objects.requireNonNull(indexed, "indexed");
    this.progress = new Progress(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Reads the feed, sitemap or page at {@code uri} and ingests the pages it lists that are not
   * indexed yet.
   *
   * @throws FetchException if {@code uri} itself cannot be fetched, or robots.txt disallows it
   * @throws FeedException if it is not a feed or sitemap, nor a page naming one
   */
  public IngestReport feed(URI uri) {
    Sources sources = new Sources();
    sources.read(uri, 0, true);
    List<Target> targets = sources.items.values().stream().map(i -> new Target(i.url(), Optional.of(i))).toList();
    List<Item> items = run(targets, false);
    IngestReport report = new IngestReport(items, sources.feeds, progress.elapsed());
    boolean clean = !report.hasFailures();
    sources.toRemember.forEach((url, validators) -> {
      if (clean && !validators.isEmpty()) {
        state.put(url, new FetchState.Entry(validators, Optional.empty()));
      } else {
        state.remove(url);
      }
    });
    return report;
  }

  /** Fetches and ingests each page, conditionally when it was fetched before. */
  public IngestReport pages(Collection<URI> uris) {
    List<Target> targets = new LinkedHashSet<>(uris).stream().map(u -> new Target(u, Optional.<FeedItem>empty())).toList();
    progress.found(targets.size());
    List<Item> items = run(targets, true);
    return new IngestReport(items, List.of(), progress.elapsed());
  }

  private record Target(URI url, Optional<FeedItem> fromFeed) {
    String title() {
      return fromFeed.map(FeedItem::title).orElse("");
    }
  }

  // ---- pages

  private List<Item> run(List<Target> targets, boolean conditional) {
    Item[] results = new Item[targets.size()];
    Map<String, ConcurrentLinkedQueue<Integer>> byHost = new LinkedHashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      byHost.computeIfAbsent(hostKey(targets.get(i).url()), h -> new ConcurrentLinkedQueue<>()).add(i);
    }
    int lanes = fetcher instanceof HttpFetcher http ? http.policy().maxInFlightPerHost() : 2;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (ConcurrentLinkedQueue<Integer> queue : byHost.values()) {
        int n = Math.min(lanes, queue.size());
        for (int lane = 0; lane < n; lane++) {
          pool.submit(() -> {
            for (Integer i = queue.poll(); i != null; i = queue.poll()) {
              results[i] = process(targets.get(i), conditional);
              progress.pageDone(results[i]);
            }
          });
        }
      }
    } // waits for every lane
    return Arrays.asList(results);
  }

  private Item process(Target target, boolean conditional) {
    URI url = target.url();
    try {
      Optional<FetchState.Entry> known = state.get(url).filter(e -> e.canonicalUrl().isPresent());
      if (!conditional && (known.isPresent() || indexed.test(url))) {
        return new Item(url, Outcome.UNCHANGED, target.title(), known.flatMap(FetchState.Entry::canonicalUrl), Optional.empty());
      }
      Validators validators = known.map(FetchState.Entry::validators).orElse(Validators.NONE);
      FetchResult result = fetcher.fetch(FetchRequest.page(url).ifChanged(validators));
      if (result instanceof FetchResult.NotModified notModified) {
        Optional<URI> canonical = known.flatMap(FetchState.Entry::canonicalUrl);
        state.put(url, new FetchState.Entry(notModified.validators(), canonical));
        return new Item(url, Outcome.UNCHANGED, target.title(), canonical, Optional.empty());
      }
      FetchResult.Fetched fetched = (FetchResult.Fetched) result;
      Ingested done = sink.ingest(fetched.page(), target.fromFeed());
      URI canonical = done.article().canonicalUrl();
      FetchState.Entry entry = new FetchState.Entry(fetched.validators(), Optional.of(canonical));
      state.put(url, entry);
      if (!fetched.url().equals(url)) {
        state.put(fetched.url(), entry);
      }
      return new Item(url, Outcome.INDEXED, done.article().title(), Optional.of(canonical), Optional.empty());
    } catch (NewsdeskException e) {
      return new Item(url, outcomeOf(e), target.title(), Optional.empty(), Optional.of(e));
    } catch (RuntimeException e) {
      return new Item(url, Outcome.FAILED, target.title(), Optional.empty(),
          Optional.of(new NewsdeskException(Messages.ingestFailed(url, e), e)));
    }
  }

  private static Outcome outcomeOf(NewsdeskException e) {
    return e instanceof FetchException f && f.reason() == FetchException.Reason.BLOCKED_BY_ROBOTS
        ? Outcome.SKIPPED_BY_ROBOTS : Outcome.FAILED;
  }

  private static String hostKey(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host + ":" + uri.getPort();
  }

  // ---- feeds and sitemaps

  /** The feeds and sitemaps read, and the items they list, in order, once each. */
  private final class Sources {
    final Map<URI, FeedItem> items = new LinkedHashMap<>();
    final List<Item> feeds = new ArrayList<>();
    final Map<URI, Validators> toRemember = new LinkedHashMap<>();
    final Set<URI> visited = new HashSet<>();

    void read(URI uri, int depth, boolean required) {
      if (visited.size() >= MAX_SOURCES || !visited.add(uri)) {
        return;
      }
      Validators known = state.get(uri).filter(e -> e.canonicalUrl().isEmpty()).map(FetchState.Entry::validators)
          .orElse(Validators.NONE);
      Page page;
      Validators validators;
      try {
        FetchResult result = fetcher.fetch(FetchRequest.feed(uri).ifChanged(known));
        if (result instanceof FetchResult.NotModified) {
          done(new Item(uri, Outcome.UNCHANGED, "", Optional.empty(), Optional.empty()));
          return;
        }
        page = ((FetchResult.Fetched) result).page();
        validators = result.validators();
        Optional<Feed> parsed = FeedParser.parseUnlessHtml(page);
        if (parsed.isEmpty()) {
          if (depth > 0) {
            throw new FeedException(uri, Messages.notAFeed(uri, "it is an HTML page"), null);
          }
          discoverFrom(uri, page, depth, required);
          return;
        }
        Feed feed = parsed.get();
        if (feed.format() == Feed.Format.SITEMAP_INDEX) {
          if (depth >= MAX_DEPTH) {
            throw new FeedException(uri, Messages.feedNesting(uri, MAX_DEPTH), null);
          }
          done(new Item(uri, Outcome.READ, "", Optional.empty(), Optional.empty()));
          for (URI child : feed.sitemaps()) {
            read(child, depth + 1, false); // an index is read in full each time: its children change under it
          }
          return;
        }
        int before = items.size();
        feed.items().forEach(item -> items.putIfAbsent(item.url(), item));
        progress.found(items.size() - before);
        toRemember.put(uri, validators);
        done(new Item(uri, Outcome.READ, feed.title(), Optional.empty(), Optional.empty()));
      } catch (NewsdeskException e) {
        if (required) {
          throw e;
        }
        done(new Item(uri, outcomeOf(e), "", Optional.empty(), Optional.of(e)));
      }
    }

    /** An HTML page given as the feed: its first alternate feed, else its site's sitemaps. */
    private void discoverFrom(URI uri, Page page, int depth, boolean required) {
      List<URI> alternates = FeedParser.discover(page);
      if (!alternates.isEmpty()) {
        read(alternates.get(0), depth + 1, required);
        return;
      }
      List<URI> sitemaps = robotsSitemaps(uri);
      if (sitemaps.isEmpty()) {
        throw new FeedException(uri, Messages.noFeedFound(uri), null);
      }
      for (URI sitemap : sitemaps) {
        read(sitemap, depth + 1, false);
      }
    }

    private void done(Item feed) {
      feeds.add(feed);
      progress.feedDone(feed);
    }
  }

  private List<URI> robotsSitemaps(URI uri) {
    if (fetcher instanceof HttpFetcher http) {
      return http.sitemapsOf(uri);
    }
    URI robots = RobotsCache.robotsUri(uri);
    try {
      if (fetcher.fetch(FetchRequest.feed(robots)) instanceof FetchResult.Fetched f) {
        return RobotsTxt.parse(new String(f.page().body(), StandardCharsets.UTF_8), robots).sitemaps();
      }
    } catch (NewsdeskException e) {
      // no robots.txt: no sitemaps
    }
    return List.of();
  }

  // ---- progress

  /** Counts, and calls the listener one call at a time. */
  private static final class Progress {
    private final IngestListener listener;
    private final long start = System.nanoTime();
    private final ReentrantLock lock = new ReentrantLock();
    private int done;
    private int total;
    private int failed;

    Progress(IngestListener listener) {
      this.listener = listener;
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - start);
    }

    void found(int n) {
      lock.lock();
      try {
        total += n;
      } finally {
        lock.unlock();
      }
    }

    void pageDone(Item item) {
      lock.lock();
      try {
        done++;
        if (item.outcome() == Outcome.FAILED) {
          failed++;
        }
        listener.pageDone(item, snapshot());
      } catch (RuntimeException ignored) {
        // a listener's failure does not stop the batch
      } finally {
        lock.unlock();
      }
    }

    void feedDone(Item feed) {
      lock.lock();
      try {
        listener.feedDone(feed, snapshot());
      } catch (RuntimeException ignored) {
        // as above
      } finally {
        lock.unlock();
      }
    }

    private IngestProgress snapshot() {
      return new IngestProgress(done, total, failed, elapsed());
    }
  }
}
