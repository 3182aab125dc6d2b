package dev.newsdesk.internal.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The fetch state of an in-memory desk: a concurrent map. */
final class InMemoryFetchState implements FetchState {
  private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<Entry> get(URI url) {
    return Optional.ofNullable(entries.get(url));
  }

  @Override
  public void put(URI url, Entry entry) {
    entries.put(url, entry);
  }

  @Override
  public void remove(URI url) {
    entries.remove(url);
  }

  @Override
  public void forgetCanonical(URI canonicalUrl) {
    entries.values().removeIf(e -> e.canonicalUrl().filter(canonicalUrl::equals).isPresent());
  }

  @Override
  public void commit() {
    // nothing to make durable
  }

  @Override
  public void close() {
    entries.clear();
  }
}
