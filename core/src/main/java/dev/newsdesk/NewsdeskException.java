package dev.newsdesk;

/**
 * The root of every failure that input or the environment can cause in Newsdesk: a page that
 * cannot be fetched or read, a query with a syntax error, an index that cannot be opened.
 *
 * <p>{@code try { desk.ingest(uri); } catch (NewsdeskException e) { log.warn(e.getMessage()); }}
 *
 * <p>Subtypes carry the data that failed (the URI, the query and position, the folder) as fields,
 * and the message names the input, the rule it broke and, where there is one, the fix. Caller
 * bugs (a null argument, a negative limit) are reported as {@link IllegalArgumentException} or
 * {@link NullPointerException} instead.
 *
 * @since 0.1
 */
public class NewsdeskException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with the given message. */
  public NewsdeskException(String message) {
    super(message);
  }

  /** Creates an exception with the given message and cause. */
  public NewsdeskException(String message, Throwable cause) {
    super(message, cause);
  }
}
