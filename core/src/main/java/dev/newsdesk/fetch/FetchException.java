package dev.newsdesk.fetch;

import dev.newsdesk.NewsdeskException;
import java.net.URI;
import java.util.OptionalInt;

/**
 * A page could not be fetched: the host is unreachable, the server answered with an error
 * status, the page is too large or not HTML, or the fetch policy forbids the address.
 *
 * <p>{@code catch (FetchException e) { retryLater(e.uri(), e.status()); }}
 *
 * @since 0.1
 */
public class FetchException extends NewsdeskException {
  private static final long serialVersionUID = 1L;

  private final URI uri;
  private final int status;

  /**
   * @param uri the URI that failed
   * @param status the HTTP status, or -1 when no response was received
   * @param message what failed and why
   * @param cause the underlying error, may be null
   */
  public FetchException(URI uri, int status, String message, Throwable cause) {
    super(message, cause);
    this.uri = uri;
    this.status = status;
  }

  /** The URI that failed. */
  public URI uri() {
    return uri;
  }

  /** The HTTP status the server answered with; empty when no response was received. */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
