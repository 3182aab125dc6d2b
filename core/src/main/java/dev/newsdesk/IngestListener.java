package dev.newsdesk;

/**
 * Follows a long batch of ingestion ({@link Newsdesk#ingestFeed}, {@link Newsdesk#ingestAll}):
 * told of each feed read and each page finished, with the progress so far.
 *
 * <p>{@code desk.ingestFeed(uri, (item, p) -> System.err.printf("\r%d/%d pages", p.done(), p.total()));}
 *
 * <p>Calls come from the worker threads but never at the same time, so a listener need not be
 * thread-safe; it should be quick, as the batch waits for it. An exception it throws is ignored.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IngestListener {

  /** A listener that does nothing. */
  IngestListener NONE = (item, progress) -> {};

  /** A page was finished: indexed, unchanged, skipped or failed. */
  void pageDone(IngestReport.Item page, IngestProgress progress);

  /** A feed or sitemap was read (or found unchanged, skipped, or failed); its pages are now in the total. */
  default void feedDone(IngestReport.Item feed, IngestProgress progress) {}
}
