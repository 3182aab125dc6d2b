package dev.newsdesk.search;

import java.nio.file.Path;

/**
 * An index folder was written with another schema version than this Newsdesk reads; it is left
 * untouched rather than misread. Re-index with this version.
 *
 * @since 0.1
 */
public class IncompatibleIndexException extends IndexException {
  private static final long serialVersionUID = 1L;

  public IncompatibleIndexException(Path folder, String message) {
    super(folder, message, null);
  }
}
