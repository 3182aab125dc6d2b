package dev.newsdesk.search;

import dev.newsdesk.entity.EntityType;
import java.util.Objects;

/**
 * An entity and how many matching articles mention it.
 *
 * <p>{@code desk.search().mentioning("Hamas").fetchTopEntities(10).forEach(c -> print(c.name(), c.articles()));}
 *
 * @param id the entity's id
 * @param name its canonical name
 * @param type its type
 * @param articles how many articles mention it
 * @since 0.1
 */
public record EntityCount(String id, String name, EntityType type, long articles) {
  public EntityCount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
