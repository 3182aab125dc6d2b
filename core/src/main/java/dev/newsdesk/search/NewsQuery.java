package dev.newsdesk.search;

import dev.newsdesk.entity.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search as an engine-neutral value: what to match, the filters, the order. Built with the
 * fluent {@link NewsSearch} ({@code desk.search()}), and translated by each index engine.
 *
 * <p>{@code NewsQuery q = desk.search().matching("withdrawal").mentioning("Lloyd Austin").query();}
 *
 * @param words plain words that must all match (quoted phrases allowed); empty for none
 * @param syntax a query in the documented query syntax; empty for none
 * @param entities entities (name, alias or id) that must all be mentioned
 * @param anyEntities entities of which at least one must be mentioned; empty for no such filter
 * @param types entity types of which the article must mention at least one; empty for any
 * @param publishedFrom the earliest publication day, inclusive, in the article's own zone
 * @param publishedTo the latest publication day, inclusive
 * @param sites sites (name or host) of which the article must come from one; empty for any
 * @param sort the order of results
 * @param highlight whether snippets mark the matched words
 * @since 0.1
 */
public record NewsQuery(
    String words,
    String syntax,
    List<String> entities,
    List<String> anyEntities,
    Set<EntityType> types,
    Optional<LocalDate> publishedFrom,
    Optional<LocalDate> publishedTo,
    List<String> sites,
    SortOrder sort,
    boolean highlight) {

  /** Every article, by relevance. */
  public static final NewsQuery ALL =
      new NewsQuery("", "", List.of(), List.of(), Set.of(), Optional.empty(), Optional.empty(),
          List.of(), SortOrder.RELEVANCE, false);

  public NewsQuery {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(syntax, "syntax");
    entities = List.copyOf(entities);
    anyEntities = List.copyOf(anyEntities);
    types = Set.copyOf(types);
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    Objects.requireNonNull(publishedTo, "publishedTo");
    sites = List.copyOf(sites);
    Objects.requireNonNull(sort, "sort");
  }
}
