package dev.newsdesk.search;

import dev.newsdesk.NewsdeskException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An index could not be opened, read or written. What was committed before stays committed.
 *
 * <p>{@code catch (IndexException e) { log.error("index " + e.folder().orElse(null), e); }}
 *
 * @since 0.1
 */
public class IndexException extends NewsdeskException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;

  /** @param folder the index folder, or null for an in-memory index */
  public IndexException(Path folder, String message, Throwable cause) {
    super(message, cause);
    this.folder = folder;
  }

  /** The index folder; empty for an in-memory index. */
  public Optional<Path> folder() {
    return Optional.ofNullable(folder);
  }
}
