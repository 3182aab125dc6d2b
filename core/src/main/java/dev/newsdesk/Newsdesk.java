package dev.newsdesk;

import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.NoArticleException;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.search.NewsIndex;
import dev.newsdesk.search.NewsSearch;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

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
 * @since 0.1
 */
public final class Newsdesk implements AutoCloseable {
  private final NewsIndex index;
  private final NewsdeskConfig config;
  private final boolean readOnly;

  private Newsdesk(NewsIndex index, NewsdeskConfig config, boolean readOnly) {
    this.index = index;
    this.config = config;
    this.readOnly = readOnly;
  }

  /** Opens (or creates) the index in {@code folder}, with the default configuration. */
  public static Newsdesk open(Path folder) {
    return open(folder, NewsdeskConfig.DEFAULT);
  }

  /** Opens (or creates) the index in {@code folder}, with {@code config}'s stages. */
  public static Newsdesk open(Path folder, NewsdeskConfig config) {
    Objects.requireNonNull(config, "config");
    return new Newsdesk(NewsIndex.open(folder), config, false);
  }

  /**
   * Opens an existing index for searching only; it takes no lock and sees commits made by a
   * writer elsewhere.
   *
   * @throws dev.newsdesk.search.IndexNotFoundException if {@code folder} holds no index
   */
  public static Newsdesk openReadOnly(Path folder) {
    return new Newsdesk(NewsIndex.openReadOnly(folder), NewsdeskConfig.DEFAULT, true);
  }

  /** A new, empty index in memory, with the default configuration. */
  public static Newsdesk inMemory() {
    return inMemory(NewsdeskConfig.DEFAULT);
  }

  /** A new, empty index in memory, with {@code config}'s stages. */
  public static Newsdesk inMemory(NewsdeskConfig config) {
    Objects.requireNonNull(config, "config");
    return new Newsdesk(NewsIndex.inMemory(), config, false);
  }

  /**
   * Fetches the page at {@code uri}, extracts, recognises and indexes its article.
   *
   * @throws dev.newsdesk.fetch.FetchException if the page cannot be fetched
   * @throws NoArticleException if the page holds no article
   */
  public Ingested ingest(URI uri) {
    Objects.requireNonNull(uri, "uri");
    return ingest(config.fetcher().fetch(uri));
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
    return index.delete(canonicalUrl);
  }

  /** How many articles are indexed. */
  public long size() {
    return index.size();
  }

  /** Makes everything ingested so far durable. */
  public void commit() {
    index.commit();
  }

  /** Commits and releases the index. Calling it again does nothing. */
  @Override
  public void close() {
    index.close();
  }

  private void requireWritable() {
    if (readOnly) {
      throw new IllegalStateException(Messages.readOnly());
    }
  }
}
