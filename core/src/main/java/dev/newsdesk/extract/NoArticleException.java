package dev.newsdesk.extract;

import java.net.URI;

/**
 * A page was asked to be indexed but holds no article: a section front, a login wall, an error
 * page. Nothing is indexed for it.
 *
 * @since 0.1
 */
public class NoArticleException extends ExtractionException {
  private static final long serialVersionUID = 1L;

  /** @param uri the page without an article */
  public NoArticleException(URI uri, String message) {
    super(uri, message);
  }
}
