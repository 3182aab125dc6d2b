package dev.newsdesk;

import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.NoArticleException;
import dev.newsdesk.fetch.FeedItem;
import dev.newsdesk.fetch.FetchRequest;
import dev.newsdesk.fetch.FetchResult;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.internal.feed.FeedIngest;
import dev.newsdesk.internal.fetch.FetchState;
import dev.newsdesk.search.NewsIndex;
import dev.newsdesk.search.NewsSearch;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point: fetch news pages, extract their articles, recognise the entities they mention,
 * index them, and search.
 *
 * <pre>{@code
 * try (Newsdesk desk = Newsdesk.open(Path.of("news-index"))) {
 *   desk.ingest(URI.create("https://example.com/2024/01/25/iraq-talks"));
 *   SearchResults results = desk.search()
 *       .matching("withdrawal")
 *       .mentioning("Lloyd Austin")
 *       .fetch(10);
 * }
 * }</pre>
 *
 * <p><b>Sharing.</b> A {@code Newsdesk} is thread-safe and meant to be shared: open one per index
 * and use it from every thread. An index folder can be open for writing in one {@code Newsdesk}
 * at a time (others get {@link dev.newsdesk.search.IndexLockedException}); any number may open it
 * {@linkplain #openReadOnly read-only}.
 *
 * <p><b>Lifecycle.</b> Ingested articles are searchable at once. They are durable after
 * {@link #commit()} or {@link #close()}; a crash loses at most what came after the last commit and
 * never damages what was committed.
 *
 * <p><b>Feeds and re-fetching.</b> {@link #ingestFeed} reads an RSS, Atom or sitemap feed and
 * ingests the pages it lists that are not indexed yet, politely and in parallel across hosts;
 * {@link #ingestAll} does the same for a list of pages. What the servers said about each URL
 * fetched (its ETag and Last-Modified, and the canonical URL it was indexed under) is kept with
 * the index (in its {@code fetch-state} subfolder), so a page fetched again costs a
 * "304 Not Modified" and no re-indexing when it has not changed.
 *
 * @since 0.1
 */
public final class Newsdesk implements AutoCloseable {
  private final NewsIndex index;
  private final NewsdeskConfig config;
  private final boolean readOnly;
  private final FetchState fetchState;

  private Newsdesk(NewsIndex index, NewsdeskConfig config, boolean readOnly, FetchState fetchState) {
    this.index = index;
    this.config = config;
    this.readOnly = readOnly;
    this.fetchState = fetchState;
  }

  /** Opens (or creates) the index in {@code folder}, with the default configuration. */
  public static Newsdesk open(Path folder) {
    return open(folder, NewsdeskConfig.DEFAULT);
  }

  /** Opens (or creates) the index in {@code folder}, with {@code config}'s stages. */
  public static Newsdesk open(Path folder, NewsdeskConfig config) {
    Objects.requireNonNull(config, "config");
    NewsIndex index = NewsIndex.open(folder);
    FetchState state;
    try {
      state = FetchState.inIndexFolder(folder); // under the index's lock
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    return new Newsdesk(index, config, false, state);
  }

  /**
   * Opens an existing index for searching only; it takes no lock and sees commits made by a
   * writer elsewhere.
   *
   * @throws dev.newsdesk.search.IndexNotFoundException if {@code folder} holds no index
   */
  public static Newsdesk openReadOnly(Path folder) {
    return new Newsdesk(NewsIndex.openReadOnly(folder), NewsdeskConfig.DEFAULT, true, FetchState.inMemory());
  }

  /** A new, empty index in memory, with the default configuration. */
  public static Newsdesk inMemory() {
    return inMemory(NewsdeskConfig.DEFAULT);
  }

  /** A new, empty index in memory, with {@code config}'s stages. */
  public static Newsdesk inMemory(NewsdeskConfig config) {
    Objects.requireNonNull(config, "config");
    return new Newsdesk(NewsIndex.inMemory(), config, false, FetchState.inMemory());
  }

  /**
   * Fetches the page at {@code uri}, extracts, recognises and indexes its article.
   *
   * @throws dev.newsdesk.fetch.FetchException if the page cannot be fetched
   * @throws NoArticleException if the page holds no article
   */
  public Ingested ingest(URI uri) {
    Objects.requireNonNull(uri, "uri");
    FetchResult result = config.fetcher().fetch(FetchRequest.page(uri));
    if (!(result instanceof FetchResult.Fetched fetched)) {
      return ingest(config.fetcher().fetch(uri)); // an unconditional request cannot be "not modified"
    }
    Ingested done = ingest(fetched.page());
    FetchState.Entry entry = new FetchState.Entry(fetched.validators(), Optional.of(done.article().canonicalUrl()));
    fetchState.put(uri, entry);
    if (!fetched.url().equals(uri)) {
      fetchState.put(fetched.url(), entry);
    }
    return done;
  }

  /**
   * Reads the RSS 2.0, RSS 1.0, Atom 1.0 feed or the sitemap (sitemap index, Google News sitemap)
   * at {@code uri}, and ingests every page it lists that is not indexed yet. Given an HTML page
   * instead, it reads the first feed the page names with {@code <link rel="alternate">}, else the
   * sitemaps its site's robots.txt names. Pages are fetched politely (the fetcher's robots.txt
   * and per-host limits) and in parallel across hosts; a page that fails is reported and the
   * others go on. A feed unchanged since it was last read ("304 Not Modified") costs nothing more.
   *
   * <p>{@code IngestReport report = desk.ingestFeed(URI.create("https://example.com/rss.xml"));}
   *
   * @return each page's outcome (indexed, unchanged, skipped by robots.txt, failed with its
   *     reason) and each feed's
   * @throws dev.newsdesk.fetch.FetchException if the feed itself cannot be fetched, or robots.txt
   *     disallows it
   * @throws dev.newsdesk.fetch.FeedException if it is neither a feed nor a page naming one
   * @since 0.1
   */
  public IngestReport ingestFeed(URI uri) {
    return ingestFeed(uri, IngestListener.NONE);
  }

  /**
   * As {@link #ingestFeed(URI)}, telling {@code listener} of each feed read and each page done.
   *
   * @since 0.1
   */
  public IngestReport ingestFeed(URI uri, IngestListener listener) {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(listener, "listener");
    requireWritable();
    return batch(listener).feed(uri);
  }

  /**
   * Fetches and ingests each page, politely and in parallel across hosts, like the pages of a
   * feed. A page fetched before is fetched conditionally: if the server answers
   * "304 Not Modified", it is reported unchanged and not indexed again.
   *
   * <p>{@code desk.ingestAll(List.of(URI.create("https://example.com/a"), URI.create("https://example.org/b")))}
   *
   * @since 0.1
   */
  public IngestReport ingestAll(Collection<URI> uris) {
    return ingestAll(uris, IngestListener.NONE);
  }

  /**
   * As {@link #ingestAll(Collection)}, telling {@code listener} of each page done.
   *
   * @since 0.1
   */
  public IngestReport ingestAll(Collection<URI> uris, IngestListener listener) {
    Objects.requireNonNull(uris, "uris");
    uris.forEach(u -> Objects.requireNonNull(u, "uris"));
    Objects.requireNonNull(listener, "listener");
    requireWritable();
    return batch(listener).pages(uris);
  }

  private FeedIngest batch(IngestListener listener) {
    return new FeedIngest(config.fetcher(), fetchState, this::ingestFromFeed, index::contains, listener);
  }

  /** Ingests a page fetched for a batch; a feed's title and date fill in what the page lacks. */
  private Ingested ingestFromFeed(Page page, Optional<FeedItem> fromFeed) {
    Article article = extract(page);
    if (!article.hasBody()) {
      throw new NoArticleException(page.url(), Messages.noArticle(page.url()));
    }
    if (fromFeed.isPresent()) {
      FeedItem item = fromFeed.get();
      Article.Builder filled = article.toBuilder();
      boolean changed = false;
      if (article.published().isEmpty() && item.date().isPresent()) {
        filled.published(item.date().get());
        changed = true;
      }
      if (article.title().isBlank() && !item.title().isBlank()) {
        filled.title(item.title());
        changed = true;
      }
      article = changed ? filled.build() : article;
    }
    return ingest(article);
  }

  /**
   * Extracts, recognises and indexes the article in a page the host already has. Re-ingesting a
   * page with the same canonical URL replaces the earlier version.
   *
   * @throws dev.newsdesk.extract.ExtractionException if the page is empty or not HTML
   * @throws NoArticleException if the page holds no article
   */
  public Ingested ingest(Page page) {
    Objects.requireNonNull(page, "page");
    Article article = extract(page);
    if (!article.hasBody()) {
      throw new NoArticleException(page.url(), Messages.noArticle(page.url()));
    }
    return ingest(article);
  }

  /** Recognises and indexes an article the host made itself. */
  public Ingested ingest(Article article) {
    Objects.requireNonNull(article, "article");
    requireWritable();
    Recognition recognition = recognise(article.text());
    index.add(article, recognition);
    return new Ingested(article, recognition);
  }

  /** Extracts the article in {@code page} without indexing it. */
  public Article extract(Page page) {
    return config.extractor().extract(Objects.requireNonNull(page, "page"));
  }

  /** Recognises the entities in {@code text} without indexing anything. */
  public Recognition recognise(String text) {
    return config.recognizer().recognise(Objects.requireNonNull(text, "text"));
  }

  /** Starts a search over every indexed article. */
  public NewsSearch search() {
    return index.search();
  }

  /** Removes the article with this canonical URL; returns whether there was one. */
  public boolean delete(URI canonicalUrl) {
    requireWritable();
    fetchState.forgetCanonical(canonicalUrl);
    return index.delete(canonicalUrl);
  }

  /** How many articles are indexed. */
  public long size() {
    return index.size();
  }

  /** Makes everything ingested so far durable. */
  public void commit() {
    index.commit();
    fetchState.commit(); // after the index: a crash in between only makes pages be fetched again
  }

  /** Commits and releases the index. Calling it again does nothing. */
  @Override
  public void close() {
    try {
      index.close();
    } finally {
      fetchState.close();
    }
  }

  private void requireWritable() {
    if (readOnly) {
      throw new IllegalStateException(Messages.readOnly());
    }
  }
}
