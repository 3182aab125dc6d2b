package dev.newsdesk.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One fetch to make: the URI, what kind of content is wanted, and the validators of the copy the
 * caller already has (for a conditional GET).
 *
 * <p>{@code FetchResult r = fetcher.fetch(FetchRequest.feed(uri).ifChanged(lastTime));}
 *
 * @param uri an absolute http or https URI
 * @param kind what the content must be: a web page, or a feed or sitemap
 * @param validators the validators of the copy held; {@link Validators#NONE} for an
 *     unconditional fetch
 * @since 0.1
 */
public record FetchRequest(URI uri, Kind kind, Validators validators) {

  /**
   * What a fetch is for, which decides the content types accepted.
   *
   * @since 0.1
   */
  public enum Kind {
    /** A web page: HTML, XHTML or plain text; anything else fails with {@code NOT_HTML}. */
    PAGE,
    /** A feed or sitemap (XML, possibly gzipped), or an HTML page to discover feeds in. */
    FEED
  }

  public FetchRequest {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(validators, "validators");
  }

  /** An unconditional fetch of a web page. */
  public static FetchRequest page(URI uri) {
    return new FetchRequest(uri, Kind.PAGE, Validators.NONE);
  }

  /** An unconditional fetch of a feed or sitemap. */
  public static FetchRequest feed(URI uri) {
    return new FetchRequest(uri, Kind.FEED, Validators.NONE);
  }

  /** This request made conditional: the server may answer "not modified" for {@code known}. */
  public FetchRequest ifChanged(Validators known) {
    return new FetchRequest(uri, kind, known);
  }
}
