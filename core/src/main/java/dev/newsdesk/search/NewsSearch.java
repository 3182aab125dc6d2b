package dev.newsdesk.search;

import dev.newsdesk.entity.EntityType;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * A search being built: each method returns a new step with one more condition, and
 * {@link #fetch(int)} runs it. Steps are immutable and may be reused.
 *
 * <p>{@code desk.search().matching("withdrawal").mentioning("Lloyd Austin").sortedBy(SortOrder.NEWEST).fetch(20)}
 *
 * <p>If no method is called, the search matches every article, by relevance (ties newest first,
 * then by URL), without highlighting, facets or collapsing, counting the total exactly up to
 * {@value NewsQuery#DEFAULT_EXACT_TOTAL}. Conditions combine with AND. Each step checks its
 * arguments at once.
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

  /**
   * With relevance order, newer articles score higher: a score is halved for every
   * {@code halfLife} of age (undated articles score as if very old). Pure relevance if not called.
   */
  public NewsSearch favouringRecent(Duration halfLife) {
    Objects.requireNonNull(halfLife, "halfLife");
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
    }
    return change(d -> d.recencyHalfLife = Optional.of(halfLife));
  }

  /** Marks matched words in snippets with {@code <b>...</b>}; plain snippets if not called. */
  public NewsSearch highlighted() {
    return change(d -> d.highlight = true);
  }

  /** Articles not mentioning this entity (id, name or alias). */
  public NewsSearch notMentioning(String entity) {
    requireText(entity, "entity");
    return change(d -> d.excludedEntities.add(entity.strip()));
  }

  /** Articles not from this site (name or host). */
  public NewsSearch notFromSite(String site) {
    requireText(site, "site");
    return change(d -> d.excludedSites.add(site.strip()));
  }

  /** Articles in this language (ISO 639-1 code such as {@code en}, {@code fr}). Called again, either language. */
  public NewsSearch inLanguage(String language) {
    requireText(language, "language");
    return change(d -> d.languages.add(language.strip()));
  }

  /** Articles by this author, as the byline names them. Called again, either author. */
  public NewsSearch byAuthor(String name) {
    requireText(name, "name");
    return change(d -> d.bylines.add(name.strip()));
  }

  /**
   * Articles the publication files under this section ("World", "Business"), ignoring case and
   * accents. Called again, either section.
   *
   * @since 0.1
   */
  public NewsSearch inSection(String section) {
    requireText(section, "section");
    return change(d -> d.sections.add(section.strip()));
  }

  /**
   * Articles the publication tagged with this topic or keyword, ignoring case and accents. Called
   * again, either tag.
   *
   * @since 0.1
   */
  public NewsSearch taggedWith(String tag) {
    requireText(tag, "tag");
    return change(d -> d.tags.add(tag.strip()));
  }

  /**
   * Articles resembling the indexed article with this canonical URL (more like this), which is
   * itself left out. An unknown URL matches nothing.
   */
  public NewsSearch similarTo(URI canonicalUrl) {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    return change(d -> d.similarTo = Optional.of(canonicalUrl));
  }

  /** Each hit carries an explanation of its score; none if not called. */
  public NewsSearch explained() {
    return change(d -> d.explain = true);
  }

  /**
   * Near-duplicates (syndicated copies, light reposts) show as one hit, the best of their story;
   * every copy is shown if not called. The total still counts every matching article.
   */
  public NewsSearch collapsingDuplicates() {
    return change(d -> d.collapse = true);
  }

  /** Counts these facets over every matching article; no facets if not called. */
  public NewsSearch facetedBy(Facet first, Facet... more) {
    Objects.requireNonNull(first, "first");
    return change(d -> {
      d.facets.add(first);
      d.facets.addAll(Arrays.asList(more));
    });
  }

  /** Continues after the page that returned this cursor ({@link SearchResults#nextPage()}). */
  public NewsSearch after(String cursor) {
    requireText(cursor, "cursor");
    return change(d -> d.after = Optional.of(cursor));
  }

  /**
   * Counts the total exactly up to {@code threshold} matches, and reports a lower bound beyond;
   * {@value NewsQuery#DEFAULT_EXACT_TOTAL} if not called. Lower thresholds make big searches faster.
   */
  public NewsSearch countingExactlyUpTo(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
    }
    return change(d -> d.exactTotalUpTo = threshold);
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
    requirePositive(limit);
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

  /**
   * The entities most often mentioned by the matching articles, leaving out those the search
   * itself names with {@link #mentioning}: "who is mentioned with Hamas".
   *
   * @param limit how many, at least 1
   */
  public List<EntityCount> fetchTopEntities(int limit) {
    requirePositive(limit);
    return index.topEntities(query, limit);
  }

  /**
   * The entities whose mentions rose most from the period before to the period from {@code from}
   * to {@code to} (both inclusive; the period before has the same length), among matching articles.
   */
  public List<Trend> fetchTrendingEntities(LocalDate from, LocalDate to, int limit) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
    requirePositive(limit);
    return index.trendingEntities(query, from, to, limit);
  }

  /** Matching articles per publication day, oldest first: with {@link #mentioning}, an entity's timeline. */
  public SortedMap<LocalDate, Long> fetchTimeline() {
    return index.timeline(query);
  }

  /**
   * Registers this search as a saved query: until the returned watch is closed, every article
   * indexed afterwards that matches it is given to {@code listener}, on the ingesting thread. The
   * match is decided against that article alone, so thousands of watches stay cheap.
   */
  public Watch watch(Consumer<Hit> listener) {
    Objects.requireNonNull(listener, "listener");
    return index.watch(query, listener);
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

  private static void requirePositive(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  private static void requireText(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /** A mutable copy of a query, changed by one step and frozen again. */
  private static final class Draft {
    String words;
    String syntax;
    final List<String> entities;
    final List<String> anyEntities;
    final List<String> excludedEntities;
    final Set<EntityType> types;
    Optional<LocalDate> from;
    Optional<LocalDate> to;
    final List<String> sites;
    final List<String> excludedSites;
    final List<String> languages;
    final List<String> bylines;
    final List<String> sections;
    final List<String> tags;
    Optional<URI> similarTo;
    SortOrder sort;
    Optional<Duration> recencyHalfLife;
    boolean highlight;
    boolean explain;
    boolean collapse;
    final List<Facet> facets;
    Optional<String> after;
    int exactTotalUpTo;

    Draft(NewsQuery q) {
      words = q.words();
      syntax = q.syntax();
      entities = new ArrayList<>(q.entities());
      anyEntities = new ArrayList<>(q.anyEntities());
      excludedEntities = new ArrayList<>(q.excludedEntities());
      types = EnumSet.noneOf(EntityType.class);
      types.addAll(q.types());
      from = q.publishedFrom();
      to = q.publishedTo();
      sites = new ArrayList<>(q.sites());
      excludedSites = new ArrayList<>(q.excludedSites());
      languages = new ArrayList<>(q.languages());
      bylines = new ArrayList<>(q.bylines());
      sections = new ArrayList<>(q.sections());
      tags = new ArrayList<>(q.tags());
      similarTo = q.similarTo();
      sort = q.sort();
      recencyHalfLife = q.recencyHalfLife();
      highlight = q.highlight();
      explain = q.explain();
      collapse = q.collapse();
      facets = new ArrayList<>(q.facets());
      after = q.after();
      exactTotalUpTo = q.exactTotalUpTo();
    }

    NewsQuery build() {
      return new NewsQuery(words, syntax, entities, anyEntities, excludedEntities, types, from, to, sites,
          excludedSites, languages, bylines, sections, tags, similarTo, sort, recencyHalfLife, highlight, explain, collapse, facets, after,
          exactTotalUpTo);
    }
  }
}
