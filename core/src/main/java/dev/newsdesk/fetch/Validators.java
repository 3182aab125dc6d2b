package dev.newsdesk.fetch;

import java.util.Objects;
import java.util.Optional;

/**
 * What a server said to identify the version of a page it sent: its {@code ETag} and
 * {@code Last-Modified} headers. Sent back on the next fetch ({@code If-None-Match},
 * {@code If-Modified-Since}), they let the server answer "304 Not Modified" instead of the page.
 *
 * <p>{@code FetchResult r = fetcher.fetch(FetchRequest.page(uri).ifChanged(known));}
 *
 * @param etag the entity tag, as sent (quotes included)
 * @param lastModified the Last-Modified date, as sent
 * @since 0.1
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {

  /** No validators: the fetch is unconditional. */
  public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

  public Validators {
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    etag = etag.map(String::strip).filter(s -> !s.isEmpty());
    lastModified = lastModified.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Validators from header values; null or blank values count as absent. */
  public static Validators of(String etag, String lastModified) {
    return new Validators(Optional.ofNullable(etag), Optional.ofNullable(lastModified));
  }

  /** Whether there is nothing to send. */
  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
