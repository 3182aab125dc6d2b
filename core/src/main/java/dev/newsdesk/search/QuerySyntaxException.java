package dev.newsdesk.search;

import dev.newsdesk.NewsdeskException;

/**
 * A query string given to {@link NewsSearch#parsing(String)} is not valid query syntax.
 *
 * <p>{@code catch (QuerySyntaxException e) { showError(e.query(), e.position()); }}
 *
 * @since 0.1
 */
public class QuerySyntaxException extends NewsdeskException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int position;

  /**
   * @param query the query as given
   * @param position the 0-based character position of the error
   */
  public QuerySyntaxException(String query, int position, String message, Throwable cause) {
    super(message, cause);
    this.query = query;
    this.position = position;
  }

  /** The query as given. */
  public String query() {
    return query;
  }

  /** The 0-based character position where the query stops making sense. */
  public int position() {
    return position;
  }
}
