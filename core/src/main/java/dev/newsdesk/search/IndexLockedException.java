package dev.newsdesk.search;

import java.nio.file.Path;

/**
 * An index folder is already open for writing elsewhere (another process or another
 * {@code Newsdesk}); nothing was changed. Open it read-only, or close the other writer first.
 *
 * @since 0.1
 */
public class IndexLockedException extends IndexException {
  private static final long serialVersionUID = 1L;

  public IndexLockedException(Path folder, String message, Throwable cause) {
    super(folder, message, cause);
  }
}
