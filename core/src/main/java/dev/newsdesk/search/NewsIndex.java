package dev.newsdesk.search;

import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import java.net.URI;
import java.nio.file.Path;

/**
 * A searchable store of articles and the entities they mention, one document per canonical URL.
 * Most hosts use it through {@code Newsdesk}; it also serves hosts that make their own articles.
 *
 * <p>{@code try (NewsIndex index = NewsIndex.inMemory()) { index.add(article, recognition); index.search().matching("iraq").fetch(10); }}
 *
 * <p>Thread-safe: one index is shared by all threads; writes are visible to the next search.
 * Changes are durable after {@link #commit()} or {@link #close()}; a crash loses at most the
 * changes since the last commit and never damages what was committed.
 *
 * @since 0.1
 */
public interface NewsIndex extends AutoCloseable {

  /** A new, empty index held in memory. */
  static NewsIndex inMemory() {
    return inMemory(IndexSettings.DEFAULT);
  }

  /** A new, empty index held in memory, with these settings. */
  static NewsIndex inMemory(IndexSettings settings) {
    return dev.newsdesk.internal.index.LuceneNewsIndex.inMemory(settings);
  }

  /**
   * Opens the index in {@code folder} for reading and writing, creating it (and the folder) when
   * there is none.
   *
   * @throws IndexLockedException if another writer has it open
   * @throws IncompatibleIndexException if it was written with another schema version
   */
  static NewsIndex open(Path folder) {
    return open(folder, IndexSettings.DEFAULT);
  }

  /** Like {@link #open(Path)}, with these settings. */
  static NewsIndex open(Path folder, IndexSettings settings) {
    return dev.newsdesk.internal.index.LuceneNewsIndex.open(folder, settings);
  }

  /**
   * Opens an existing index for searching only. It takes no lock, so it works beside a writer in
   * another process, and sees that writer's commits.
   *
   * @throws IndexNotFoundException if the folder holds no index
   */
  static NewsIndex openReadOnly(Path folder) {
    return dev.newsdesk.internal.index.LuceneNewsIndex.openReadOnly(folder);
  }

  /**
   * Adds an article with what was recognised in it, replacing any article with the same canonical
   * URL.
   */
  void add(Article article, Recognition recognition);

  /** Removes the article with this canonical URL; returns whether there was one. */
  boolean delete(URI canonicalUrl);

  /** Whether an article with this canonical URL is indexed (and visible to searches). */
  boolean contains(URI canonicalUrl);

  /** Starts a search of every article; narrow it with the returned step's methods. */
  default NewsSearch search() {
    return new NewsSearch(this, NewsQuery.ALL);
  }

  /** Runs {@code query}, returning at most {@code limit} hits. Most callers use {@link #search()}. */
  SearchResults execute(NewsQuery query, int limit);

  /** The entities most mentioned by {@code query}'s matches, less those it names. Most callers use {@link NewsSearch#fetchTopEntities}. */
  java.util.List<EntityCount> topEntities(NewsQuery query, int limit);

  /** Entity trends among {@code query}'s matches. Most callers use {@link NewsSearch#fetchTrendingEntities}. */
  java.util.List<Trend> trendingEntities(NewsQuery query, java.time.LocalDate from, java.time.LocalDate to, int limit);

  /** {@code query}'s matches per publication day. Most callers use {@link NewsSearch#fetchTimeline}. */
  java.util.SortedMap<java.time.LocalDate, Long> timeline(NewsQuery query);

  /** Registers a saved query. Most callers use {@link NewsSearch#watch}. */
  Watch watch(NewsQuery query, java.util.function.Consumer<Hit> listener);

  /** How many articles the index holds. */
  long size();

  /** Makes every change so far durable. */
  void commit();

  /** Commits and releases the index. */
  @Override
  void close();
}
