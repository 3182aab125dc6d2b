package dev.newsdesk.extract;

import java.net.URI;

/**
 * A page could not be read as HTML: it is empty, binary, or in a charset this JVM lacks; or, from
 * {@code Newsdesk.ingest}, it holds no article.
 *
 * <p>{@code catch (ExtractionException e) { skipped.add(e.uri()); }}
 *
 * @since 0.1
 */
public class ExtractionException extends dev.newsdesk.NewsdeskException {
  private static final long serialVersionUID = 1L;

  private final URI uri;

  /** @param uri the page that failed */
  public ExtractionException(URI uri, String message) {
    super(message);
    this.uri = uri;
  }

  /** The page that failed. */
  public URI uri() {
    return uri;
  }
}
