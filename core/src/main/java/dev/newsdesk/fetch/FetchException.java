package dev.newsdesk.fetch;

import dev.newsdesk.NewsdeskException;
import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A page could not be fetched: the host is unreachable, the server answered with an error
 * status, the page is too large or not HTML, robots.txt disallows it, or the fetch policy forbids
 * the address. {@link #reason()} says which.
 *
 * <p>{@code catch (FetchException e) { if (e.reason() == FetchException.Reason.HTTP_STATUS) retryLater(e.uri(), e.status()); }}
 *
 * @since 0.1
 */
public class FetchException extends NewsdeskException {
  private static final long serialVersionUID = 1L;

  /**
   * Why a fetch failed.
   *
   * @since 0.1
   */
  public enum Reason {
    /** The fetch policy forbids the URL: a scheme other than http(s), or a private address. */
    BLOCKED_BY_POLICY,
    /** The site's robots.txt disallows the URL for this user agent (or could not be read). */
    BLOCKED_BY_ROBOTS,
    /** The server answered with an error status ({@link #status()} holds it). */
    HTTP_STATUS,
    /** No complete answer within the connect, read or total timeout. */
    TIMEOUT,
    /** The body, as sent or once decompressed, is larger than the policy allows. */
    TOO_LARGE,
    /** The content is not a web page (an image, a PDF...). */
    NOT_HTML,
    /** The body cannot be decoded: an unsupported or corrupt content encoding. */
    UNREADABLE,
    /** Too many redirects, a redirect loop, or a redirect to an invalid location. */
    REDIRECTS,
    /** The host does not resolve, refuses the connection or drops it. */
    UNREACHABLE,
    /** The bytes fetched are not a feed or sitemap that can be read. */
    NOT_A_FEED,
    /** The fetching thread was interrupted. */
    INTERRUPTED
  }

  private final URI uri;
  private final int status;
  private final Reason reason;

  /**
   * A failure whose reason is {@link Reason#HTTP_STATUS} when {@code status} is an error status
   * and {@link Reason#UNREACHABLE} otherwise.
   *
   * @param uri the URI that failed
   * @param status the HTTP status, or -1 when no response was received
   * @param message what failed and why
   * @param cause the underlying error, may be null
   */
  public FetchException(URI uri, int status, String message, Throwable cause) {
    this(uri, status >= 400 ? Reason.HTTP_STATUS : Reason.UNREACHABLE, status, message, cause);
  }

  /**
   * @param uri the URI that failed
   * @param reason why it failed
   * @param status the HTTP status, or -1 when no response was received
   * @param message what failed and why
   * @param cause the underlying error, may be null
   * @since 0.1
   */
  public FetchException(URI uri, Reason reason, int status, String message, Throwable cause) {
    super(message, cause);
    this.uri = uri;
    this.status = status;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The URI that failed: the one requested, or the redirect hop at which it failed. */
  public URI uri() {
    return uri;
  }

  /** The HTTP status the server answered with; empty when no response was received. */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** Why the fetch failed. */
  public Reason reason() {
    return reason;
  }
}
