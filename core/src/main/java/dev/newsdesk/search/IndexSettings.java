package dev.newsdesk.search;

import java.time.Duration;
import java.util.Objects;

/**
 * How an index makes new articles visible and durable.
 *
 * <p>{@code NewsIndex.open(folder, IndexSettings.DEFAULT.withRefreshInterval(Duration.ofSeconds(1)))}
 *
 * @param refreshInterval how stale a search may be: zero (the default) means every search sees
 *     every article added before it (a refresh when needed, and one every second in the background
 *     besides); a positive interval refreshes in the background that often, so that searches never
 *     wait for one: the choice for heavy ingestion
 * @param commitInterval how often changes are made durable in the background, besides
 *     {@code commit()} and {@code close()} (default 60 s)
 * @param bufferMegabytes how much heap added articles may take before they are written out as a
 *     segment (default 64, Lucene's own default is 16): the background refresh usually writes
 *     them out first, so that the adding threads rarely do
 * @since 0.1
 */
public record IndexSettings(Duration refreshInterval, Duration commitInterval, int bufferMegabytes) {

  /** What one indexing thread may buffer at most (Lucene's {@code IndexWriterConfig.DEFAULT_RAM_PER_THREAD_HARD_LIMIT_MB}). */
  private static final int MAX_BUFFER_MEGABYTES = 1945;

  /** Read-your-writes searches, a commit every minute, a 64 MB indexing buffer. */
  public static final IndexSettings DEFAULT = new IndexSettings(Duration.ZERO, Duration.ofSeconds(60), 64);

  public IndexSettings {
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException("refreshInterval must not be negative, was " + refreshInterval);
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("commitInterval must be positive, was " + commitInterval);
    }
    if (bufferMegabytes < 1 || bufferMegabytes > MAX_BUFFER_MEGABYTES) {
      throw new IllegalArgumentException(
          "bufferMegabytes must be between 1 and " + MAX_BUFFER_MEGABYTES + ", was " + bufferMegabytes);
    }
  }

  /** These settings with another refresh interval. */
  public IndexSettings withRefreshInterval(Duration interval) {
    return new IndexSettings(interval, commitInterval, bufferMegabytes);
  }

  /** These settings with another commit interval. */
  public IndexSettings withCommitInterval(Duration interval) {
    return new IndexSettings(refreshInterval, interval, bufferMegabytes);
  }

  /** These settings with another indexing buffer size. */
  public IndexSettings withBufferMegabytes(int megabytes) {
    return new IndexSettings(refreshInterval, commitInterval, megabytes);
  }
}
