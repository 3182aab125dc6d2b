package dev.newsdesk.search;

import java.nio.file.Path;

/**
 * A folder opened for searching holds no Newsdesk index.
 *
 * @since 0.1
 */
public class IndexNotFoundException extends IndexException {
  private static final long serialVersionUID = 1L;

  public IndexNotFoundException(Path folder, String message, Throwable cause) {
    super(folder, message, cause);
  }
}
