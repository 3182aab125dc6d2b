package dev.newsdesk.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search found: how many articles match, the requested page of them, the facet counts
 * asked for, and a cursor to the next page.
 *
 * <p>{@code SearchResults r = desk.search().matching("ceasefire").fetch(10); r.total(); r.hits();}
 *
 * @param total how many articles match; exact when {@code totalIsExact}, else a lower bound
 *     (counting stops at the search's threshold, 10,000 by default)
 * @param totalIsExact whether {@code total} is the exact count
 * @param hits the top matches, in the requested order
 * @param facets the counts of each requested {@link Facet}, by {@link Facet#name()}: value to
 *     count, largest first (dates: oldest bucket first, keyed by the bucket's first day)
 * @param nextPage a cursor for {@link NewsSearch#after(String)}, when more hits follow
 * @since 0.1
 */
public record SearchResults(
    long total, boolean totalIsExact, List<Hit> hits, Map<String, Map<String, Long>> facets, Optional<String> nextPage) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    Objects.requireNonNull(nextPage, "nextPage");
  }
}
