package dev.newsdesk.internal.fetch;

import dev.newsdesk.fetch.Validators;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The hook between fetching and the index: what a {@code Newsdesk} remembers about each URL it
 * fetched, so that the next fetch can be conditional (its ETag and Last-Modified) and a feed item
 * already indexed is not fetched again (the canonical URL its article was indexed under).
 *
 * <p>Two implementations: {@link #inMemory()} for in-memory desks, and {@link #inIndexFolder}
 * for desks on disk, which keeps the state inside the index folder (a small Lucene index in its
 * {@value LuceneFetchState#FOLDER} subfolder) and commits it with the index, after it: a crash
 * between the two loses only fetch state, so pages are fetched again, never skipped wrongly.
 * Implementations are thread-safe.
 */
public interface FetchState extends AutoCloseable {

  /**
   * What is remembered of one URL.
   *
   * @param validators its last response's ETag and Last-Modified
   * @param canonicalUrl the canonical URL its article was indexed under; empty for a feed or
   *     sitemap
   */
  record Entry(Validators validators, Optional<URI> canonicalUrl) {
    public Entry {
      Objects.requireNonNull(validators, "validators");
      Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    }
  }

  /** What is remembered of {@code url}, if anything. */
  Optional<Entry> get(URI url);

  /** Remembers {@code entry} for {@code url}, replacing what was there. */
  void put(URI url, Entry entry);

  /** Forgets {@code url}. */
  void remove(URI url);

  /** Forgets every URL whose article was indexed under {@code canonicalUrl} (it was deleted). */
  void forgetCanonical(URI canonicalUrl);

  /** Makes the state durable (a no-op in memory). */
  void commit();

  /** Commits and releases the state. */
  @Override
  void close();

  /** A state held in memory, lost on close. */
  static FetchState inMemory() {
    return new InMemoryFetchState();
  }

  /** The state kept in the index folder {@code indexFolder}, opened (or created) for writing. */
  static FetchState inIndexFolder(Path indexFolder) {
    return LuceneFetchState.open(indexFolder);
  }
}
