package dev.newsdesk.search;

import java.util.Objects;

/**
 * How much more (or less) an entity is mentioned in a period than in the period before it.
 *
 * <p>{@code desk.search().fetchTrendingEntities(from, to, 10)}
 *
 * @param entity the entity and its count in the period
 * @param before its count in the period of the same length just before
 * @param ratio {@code (count + 1) / (before + 1)}: above 1 it is rising
 * @since 0.1
 */
public record Trend(EntityCount entity, long before, double ratio) {
  public Trend {
    Objects.requireNonNull(entity, "entity");
  }
}
