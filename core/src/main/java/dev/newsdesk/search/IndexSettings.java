package dev.newsdesk.search;

import java.time.Duration;
import java.util.Objects;

/**
 * How an index makes new articles visible and durable.
 *
 * <p>{@code NewsIndex.open(folder, IndexSettings.DEFAULT.withRefreshInterval(Duration.ofSeconds(1)))}
 *
 * @param refreshInterval how stale a search may be: zero (the default) means every search sees
 *     every article added before it (a refresh when needed); a positive interval refreshes in the
 *     background that often, so that searches never wait for one: the choice for heavy ingestion
 * @param commitInterval how often changes are made durable in the background, besides
 *     {@code commit()} and {@code close()} (default 60 s)
 * @since 0.1
 */
public record IndexSettings(Duration refreshInterval, Duration commitInterval) {

  /** Read-your-writes searches, a commit every minute. */
  public static final IndexSettings DEFAULT = new IndexSettings(Duration.ZERO, Duration.ofSeconds(60));

  public IndexSettings {
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException("refreshInterval must not be negative, was " + refreshInterval);
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("commitInterval must be positive, was " + commitInterval);
    }
  }

  /** These settings with another refresh interval. */
  public IndexSettings withRefreshInterval(Duration interval) {
    return new IndexSettings(interval, commitInterval);
  }

  /** These settings with another commit interval. */
  public IndexSettings withCommitInterval(Duration interval) {
    return new IndexSettings(refreshInterval, interval);
  }
}
