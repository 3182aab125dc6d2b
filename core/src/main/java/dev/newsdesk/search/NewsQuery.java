package dev.newsdesk.search;

import dev.newsdesk.entity.EntityType;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search as an engine-neutral value: what to match, the filters, the order, the page and the
 * facets. Built with the fluent {@link NewsSearch} ({@code desk.search()}), and translated by each
 * index engine; it names no engine type.
 *
 * <p>{@code NewsQuery q = desk.search().matching("withdrawal").mentioning("Lloyd Austin").query();}
 *
 * @param words plain words that must all match (quoted phrases allowed); empty for none
 * @param syntax a query in the documented query syntax; empty for none
 * @param entities entities (name, alias or id) that must all be mentioned
 * @param anyEntities entities of which at least one must be mentioned; empty for no such filter
 * @param excludedEntities entities that must not be mentioned
 * @param types entity types of which the article must mention at least one; empty for any
 * @param publishedFrom the earliest publication day, inclusive, in the article's own zone
 * @param publishedTo the latest publication day, inclusive
 * @param sites sites (name or host) of which the article must come from one; empty for any
 * @param excludedSites sites the article must not come from
 * @param languages languages (ISO 639-1) of which the article must be in one; empty for any
 * @param bylines authors of which one must have written the article; empty for any
 * @param sections sections of which the article must be filed under one; empty for any
 * @param tags topic tags of which the article must carry one; empty for any
 * @param similarTo the canonical URL of an article the results must resemble
 * @param sort the order of results
 * @param recencyHalfLife with relevance order, the age at which an article's score is halved
 * @param highlight whether snippets mark the matched words
 * @param explain whether hits carry a score explanation
 * @param collapse whether near-duplicates are collapsed into their best hit
 * @param facets the counts to make over all matches
 * @param after the cursor of the page to continue from
 * @param exactTotalUpTo how far the total is counted exactly
 * @since 0.1
 */
public record NewsQuery(
    String words,
    String syntax,
    List<String> entities,
    List<String> anyEntities,
    List<String> excludedEntities,
    Set<EntityType> types,
    Optional<LocalDate> publishedFrom,
    Optional<LocalDate> publishedTo,
    List<String> sites,
    List<String> excludedSites,
    List<String> languages,
    List<String> bylines,
    List<String> sections,
    List<String> tags,
    Optional<URI> similarTo,
    SortOrder sort,
    Optional<Duration> recencyHalfLife,
    boolean highlight,
    boolean explain,
    boolean collapse,
    List<Facet> facets,
    Optional<String> after,
    int exactTotalUpTo) {

  /** How far totals are counted exactly unless a search says otherwise. */
  public static final int DEFAULT_EXACT_TOTAL = 10_000;

  /** Every article, by relevance. */
  public static final NewsQuery ALL =
      new NewsQuery("", "", List.of(), List.of(), List.of(), Set.of(), Optional.empty(), Optional.empty(),
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), SortOrder.RELEVANCE, Optional.empty(), false, false, false,
          List.of(), Optional.empty(), DEFAULT_EXACT_TOTAL);

  public NewsQuery {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(syntax, "syntax");
    entities = List.copyOf(entities);
    anyEntities = List.copyOf(anyEntities);
    excludedEntities = List.copyOf(excludedEntities);
    types = Set.copyOf(types);
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    Objects.requireNonNull(publishedTo, "publishedTo");
    sites = List.copyOf(sites);
    excludedSites = List.copyOf(excludedSites);
    languages = List.copyOf(languages);
    bylines = List.copyOf(bylines);
    sections = List.copyOf(sections);
    tags = List.copyOf(tags);
    Objects.requireNonNull(similarTo, "similarTo");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(recencyHalfLife, "recencyHalfLife");
    facets = List.copyOf(facets);
    Objects.requireNonNull(after, "after");
    if (exactTotalUpTo < 1) {
      throw new IllegalArgumentException("exactTotalUpTo must be at least 1, was " + exactTotalUpTo);
    }
  }
}
