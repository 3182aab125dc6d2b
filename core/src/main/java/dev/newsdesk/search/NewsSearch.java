package dev.newsdesk.search;

import dev.newsdesk.entity.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A search being built: each method returns a new step with one more condition, and
 * {@link #fetch(int)} runs it. Steps are immutable and may be reused.
 *
 * <p>{@code desk.search().matching("withdrawal").mentioning("Lloyd Austin").sortedBy(SortOrder.NEWEST).fetch(20)}
 *
 * <p>If no method is called, the search matches every article, by relevance (ties newest first),
 * without highlighting.
 *
 * @since 0.1
 */
public final class NewsSearch {
  private final NewsIndex index;
  private final NewsQuery query;

  NewsSearch(NewsIndex index, NewsQuery query) {
    this.index = index;
    this.query = query;
  }

  /**
   * Articles containing all these words (title or body, stemmed). {@code "Quoted phrases"} match
   * as phrases; {@code -word} excludes. Never a syntax error: unbalanced quotes and stray symbols
   * are taken as plain text. A blank string adds no condition.
   */
  public NewsSearch matching(String words) {
    Objects.requireNonNull(words, "words");
    return change(d -> d.words = words.strip());
  }

  /**
   * Articles matching a query in Lucene's classic syntax over the documented fields: {@code title},
   * {@code text} (the default), {@code byline}, {@code site}, {@code entity} (id, name or alias),
   * {@code type} (an entity type), {@code language} and {@code url}; e.g.
   * {@code title:withdrawal AND entity:"Lloyd Austin"}. Checked here, at once. Terms are joined
   * with AND unless an operator says otherwise; a blank string adds no condition.
   *
   * @throws QuerySyntaxException if the query is not valid syntax, with the position of the error
   */
  public NewsSearch parsing(String syntax) {
    Objects.requireNonNull(syntax, "syntax");
    if (!syntax.isBlank()) {
      dev.newsdesk.internal.index.QueryTranslator.checkSyntax(syntax);
    }
    return change(d -> d.syntax = syntax.strip());
  }

  /**
   * Articles mentioning this entity, given by id ({@code lloyd-austin}), name or alias
   * ({@code "Lloyd Austin"}, {@code "Pentagon"}); case and accents do not matter. Called several
   * times, all the entities must be mentioned.
   */
  public NewsSearch mentioning(String entity) {
    requireText(entity, "entity");
    return change(d -> d.entities.add(entity.strip()));
  }

  /** Articles mentioning at least one of these entities (ids, names or aliases). */
  public NewsSearch mentioningAny(String... entities) {
    if (entities.length == 0) {
      throw new IllegalArgumentException("mentioningAny needs at least one entity");
    }
    Arrays.stream(entities).forEach(e -> requireText(e, "entities"));
    return change(d -> Arrays.stream(entities).map(String::strip).forEach(d.anyEntities::add));
  }

  /** Articles mentioning at least one entity of one of these types. */
  public NewsSearch mentioningAny(EntityType first, EntityType... more) {
    EnumSet<EntityType> types = EnumSet.of(Objects.requireNonNull(first, "first"), more);
    return change(d -> d.types.addAll(types));
  }

  /**
   * Articles published from {@code from} to {@code to}, both days included, each article's day
   * taken in the zone its page gave. Articles without a date are excluded.
   */
  public NewsSearch publishedBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("publishedBetween: to (" + to + ") is before from (" + from + ")");
    }
    return withDates(Optional.of(from), Optional.of(to));
  }

  /** Articles published on {@code day} or later. */
  public NewsSearch publishedSince(LocalDate day) {
    return withDates(Optional.of(Objects.requireNonNull(day, "day")), query.publishedTo());
  }

  /** Articles published on {@code day} or earlier. */
  public NewsSearch publishedUntil(LocalDate day) {
    return withDates(query.publishedFrom(), Optional.of(Objects.requireNonNull(day, "day")));
  }

  /** Articles from this site, given by name ("Atlas Dispatch") or host ("atlasdispatch.com"). Called again, either site. */
  public NewsSearch fromSite(String site) {
    requireText(site, "site");
    return change(d -> d.sites.add(site.strip()));
  }

  /** The order of results; {@link SortOrder#RELEVANCE} if this method is not called. */
  public NewsSearch sortedBy(SortOrder order) {
    Objects.requireNonNull(order, "order");
    return change(d -> d.sort = order);
  }

  /** Marks matched words in snippets with {@code <b>...</b>}; plain snippets if not called. */
  public NewsSearch highlighted() {
    return change(d -> d.highlight = true);
  }

  /** The engine-neutral query built so far. */
  public NewsQuery query() {
    return query;
  }

  /**
   * Runs the search and returns at most {@code limit} hits, with the total count of matches.
   *
   * @param limit how many hits to return, at least 1
   */
  public SearchResults fetch(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return index.execute(query, limit);
  }

  /** How many articles match, without fetching any. */
  public long fetchTotalHitCount() {
    return index.execute(query, 1).total();
  }

  /** The best match, if any. */
  public Optional<Hit> fetchFirst() {
    return fetch(1).hits().stream().findFirst();
  }

  private NewsSearch withDates(Optional<LocalDate> from, Optional<LocalDate> to) {
    return change(d -> {
      d.from = from;
      d.to = to;
    });
  }

  private NewsSearch change(Consumer<Draft> edit) {
    Draft draft = new Draft(query);
    edit.accept(draft);
    return new NewsSearch(index, draft.build());
  }

  /** A mutable copy of a query, changed by one step and frozen again. */
  private static final class Draft {
    String words;
    String syntax;
    final List<String> entities;
    final List<String> anyEntities;
    final Set<EntityType> types;
    Optional<LocalDate> from;
    Optional<LocalDate> to;
    final List<String> sites;
    SortOrder sort;
    boolean highlight;

    Draft(NewsQuery q) {
      words = q.words();
      syntax = q.syntax();
      entities = new ArrayList<>(q.entities());
      anyEntities = new ArrayList<>(q.anyEntities());
      types = EnumSet.noneOf(EntityType.class);
      types.addAll(q.types());
      from = q.publishedFrom();
      to = q.publishedTo();
      sites = new ArrayList<>(q.sites());
      sort = q.sort();
      highlight = q.highlight();
    }

    NewsQuery build() {
      return new NewsQuery(words, syntax, entities, anyEntities, types, from, to, sites, sort, highlight);
    }
  }

  private static void requireText(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
