package dev.newsdesk.internal.entity;

/**
 * A rule's result at each token of a text, kept once computed. A scan makes two passes over the
 * same tokens, and rules that depend only on the text answer the second from the first.
 */
final class Memo<T> {
  /** Marks a position where the rule was asked and found nothing. */
  private static final Object NOTHING = new Object();

  private final Object[] results;

  Memo(int tokens) {
    this.results = new Object[tokens];
  }

  boolean has(int i) {
    return results[i] != null;
  }

  /** The result kept at {@code i}: null when the rule found nothing there (or was not asked). */
  @SuppressWarnings("unchecked")
  T get(int i) {
    Object result = results[i];
    return result == NOTHING ? null : (T) result;
  }

  T put(int i, T result) {
    results[i] = result == null ? NOTHING : result;
    return result;
  }

  void forget(int i) {
    results[i] = null;
  }
}
