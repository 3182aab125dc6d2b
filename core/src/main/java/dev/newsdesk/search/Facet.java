package dev.newsdesk.search;

import dev.newsdesk.entity.EntityType;
import java.util.Objects;
import java.util.Optional;

/**
 * A count to make over every article a search matches: entities, sites, languages, bylines, or
 * publication dates in buckets.
 *
 * <p>{@code desk.search().matching("ceasefire").facetedBy(Facet.entities(EntityType.PERSON), Facet.dates(Interval.WEEK)).fetch(10)}
 *
 * @param kind what is counted
 * @param entityType for {@link Kind#ENTITIES}, only entities of this type
 * @param interval for {@link Kind#DATES}, the bucket size
 * @param limit how many values to keep, largest counts first (dates keep every bucket)
 * @since 0.1
 */
public record Facet(Kind kind, Optional<EntityType> entityType, Interval interval, int limit) {

  /** How many values a facet keeps if not told otherwise. */
  public static final int DEFAULT_LIMIT = 10;

  /** What a facet counts. */
  public enum Kind {
    ENTITIES, TYPES, SITES, LANGUAGES, BYLINES, SECTIONS, TAGS, DATES
  }

  /** Date-histogram bucket sizes. Weeks start on Monday. */
  public enum Interval {
    DAY, WEEK, MONTH
  }

  public Facet {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(interval, "interval");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  /** The most mentioned entities (by number of articles). */
  public static Facet entities() {
    return new Facet(Kind.ENTITIES, Optional.empty(), Interval.DAY, DEFAULT_LIMIT);
  }

  /** The most mentioned entities of one type. */
  public static Facet entities(EntityType type) {
    return new Facet(Kind.ENTITIES, Optional.of(Objects.requireNonNull(type, "type")), Interval.DAY, DEFAULT_LIMIT);
  }

  /** Articles per entity type mentioned. */
  public static Facet types() {
    return new Facet(Kind.TYPES, Optional.empty(), Interval.DAY, EntityType.values().length);
  }

  /** Articles per site. */
  public static Facet sites() {
    return new Facet(Kind.SITES, Optional.empty(), Interval.DAY, DEFAULT_LIMIT);
  }

  /** Articles per language. */
  public static Facet languages() {
    return new Facet(Kind.LANGUAGES, Optional.empty(), Interval.DAY, DEFAULT_LIMIT);
  }

  /** Articles per author. */
  public static Facet bylines() {
    return new Facet(Kind.BYLINES, Optional.empty(), Interval.DAY, DEFAULT_LIMIT);
  }

  /** Articles per section, as the publications name them. */
  public static Facet sections() {
    return new Facet(Kind.SECTIONS, Optional.empty(), Interval.DAY, DEFAULT_LIMIT);
  }

  /** Articles per topic tag. */
  public static Facet tags() {
    return new Facet(Kind.TAGS, Optional.empty(), Interval.DAY, DEFAULT_LIMIT);
  }

  /** Articles per day, week or month of publication, oldest bucket first. */
  public static Facet dates(Interval interval) {
    return new Facet(Kind.DATES, Optional.empty(), Objects.requireNonNull(interval, "interval"), Integer.MAX_VALUE);
  }

  /** This facet keeping at most {@code max} values. */
  public Facet top(int max) {
    return new Facet(kind, entityType, interval, max);
  }

  /**
   * The key of this facet's counts in {@link SearchResults#facets()}: {@code entities},
   * {@code entities.PERSON}, {@code types}, {@code sites}, {@code languages}, {@code bylines},
   * {@code sections}, {@code tags}, {@code dates}.
   */
  public String name() {
    String base = kind.name().toLowerCase(java.util.Locale.ROOT);
    return entityType.map(t -> base + "." + t.name()).orElse(base);
  }
}
