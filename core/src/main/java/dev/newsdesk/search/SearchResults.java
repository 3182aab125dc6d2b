package dev.newsdesk.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many articles match, and the requested page of them.
 *
 * <p>{@code SearchResults r = desk.search().matching("ceasefire").fetch(10); r.total(); r.hits();}
 *
 * @param total how many articles match in all
 * @param hits the top matches, in the requested order
 * @param facets counts over every matching article: facet name ({@code entities}, {@code types},
 *     {@code sites}, {@code languages}) to value to count, largest first
 * @since 0.1
 */
public record SearchResults(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
