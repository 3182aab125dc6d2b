package dev.newsdesk.search;

/**
 * How search results are ordered.
 *
 * <p>{@code desk.search().matching("ceasefire").sortedBy(SortOrder.NEWEST).fetch(10)}
 *
 * @since 0.1
 */
public enum SortOrder {
  /** Best match first (BM25, title matches weigh more); ties newest first. The default. */
  RELEVANCE,
  /** Most recently published first; articles without a date last. */
  NEWEST,
  /** Earliest published first; articles without a date last. */
  OLDEST
}
