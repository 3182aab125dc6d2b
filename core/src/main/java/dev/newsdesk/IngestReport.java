package dev.newsdesk;

import dev.newsdesk.fetch.FetchException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a batch of ingestion did, item by item: {@link Newsdesk#ingestFeed} and
 * {@link Newsdesk#ingestAll}. A failed item never stops the others.
 *
 * <p>{@code IngestReport r = desk.ingestFeed(uri); r.failed().forEach(i -> log.warn(i.url() + ": " + i.reason()));}
 *
 * @param items the pages, in feed order, each with its outcome
 * @param feeds the feeds and sitemaps read to find the pages, with their outcomes
 *     ({@link Outcome#READ}, {@link Outcome#UNCHANGED}, {@link Outcome#SKIPPED_BY_ROBOTS} or
 *     {@link Outcome#FAILED}); empty for {@link Newsdesk#ingestAll}
 * @param elapsed how long the batch took
 * @since 0.1
 */
public record IngestReport(List<Item> items, List<Item> feeds, Duration elapsed) {

  /**
   * What became of one page, feed or sitemap.
   *
   * @since 0.1
   */
  public enum Outcome {
    /** The page was fetched, its article extracted, recognised and indexed. */
    INDEXED,
    /**
     * Nothing to do: the page is indexed already (a feed item is then not fetched at all), or the
     * server answered "304 Not Modified"; for a feed, it has not changed since it was last read.
     */
    UNCHANGED,
    /** The site's robots.txt disallows the URL (or could not be read); nothing was fetched. */
    SKIPPED_BY_ROBOTS,
    /** The URL could not be fetched, read or indexed; {@link Item#failure()} says why. */
    FAILED,
    /** A feed or sitemap was read for its items. */
    READ
  }

  /**
   * One page, feed or sitemap and its outcome.
   *
   * @param url the URL as the feed gave it (or as the caller did)
   * @param outcome what became of it
   * @param title the indexed article's title, else the title the feed gave; may be empty
   * @param canonicalUrl the canonical URL the article is indexed under, when it was indexed
   * @param failure why it failed or was skipped, naming the URL
   * @since 0.1
   */
  public record Item(URI url, Outcome outcome, String title, Optional<URI> canonicalUrl, Optional<NewsdeskException> failure) {
    public Item {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(canonicalUrl, "canonicalUrl");
      Objects.requireNonNull(failure, "failure");
    }

    /** Why it failed or was skipped (the failure's message); empty for other outcomes. */
    public String reason() {
      return failure.map(Throwable::getMessage).orElse("");
    }

    /** How it failed, for a fetch failure. */
    public Optional<FetchException.Reason> fetchFailure() {
      return failure.filter(FetchException.class::isInstance).map(e -> ((FetchException) e).reason());
    }
  }

  public IngestReport {
    items = List.copyOf(items);
    feeds = List.copyOf(feeds);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The URLs of the pages indexed. */
  public List<URI> indexed() {
    return urls(Outcome.INDEXED);
  }

  /** The URLs of the pages already indexed or not modified. */
  public List<URI> unchanged() {
    return urls(Outcome.UNCHANGED);
  }

  /** The URLs of the pages robots.txt kept from being fetched. */
  public List<URI> skippedByRobots() {
    return urls(Outcome.SKIPPED_BY_ROBOTS);
  }

  /** The pages, feeds and sitemaps that failed, each with its reason. */
  public List<Item> failed() {
    return java.util.stream.Stream.concat(feeds.stream(), items.stream()).filter(i -> i.outcome() == Outcome.FAILED).toList();
  }

  /** Whether any page, feed or sitemap failed. */
  public boolean hasFailures() {
    return !failed().isEmpty();
  }

  private List<URI> urls(Outcome outcome) {
    return items.stream().filter(i -> i.outcome() == outcome).map(Item::url).toList();
  }
}
