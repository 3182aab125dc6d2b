package dev.newsdesk.search;

/**
 * A saved query registered with {@link NewsSearch#watch}: until closed, every newly indexed
 * article that matches it is delivered to its listener.
 *
 * <p>{@code try (Watch w = desk.search().mentioning("Hezbollah").watch(hit -> alert(hit))) { ... }}
 *
 * @since 0.1
 */
public interface Watch extends AutoCloseable {
  /** Stops delivering articles. Calling it again does nothing. */
  @Override
  void close();
}
