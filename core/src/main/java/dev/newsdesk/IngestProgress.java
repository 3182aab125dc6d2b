package dev.newsdesk;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a batch of ingestion has come, as an {@link IngestListener} sees it.
 *
 * <p>{@code String line = p.done() + "/" + p.total() + " pages, " + p.pagesPerSecond() + " pages/s";}
 *
 * @param done how many pages are finished, whatever their outcome
 * @param total how many pages the batch has found so far (it grows as sitemaps are read)
 * @param failed how many of the finished pages failed
 * @param elapsed the time since the batch started
 * @since 0.1
 */
public record IngestProgress(int done, int total, int failed, Duration elapsed) {
  public IngestProgress {
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Finished pages per second so far; 0 before the first. */
  public double pagesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }
}
