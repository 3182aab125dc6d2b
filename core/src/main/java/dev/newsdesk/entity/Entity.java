package dev.newsdesk.entity;

import java.util.List;
import java.util.Objects;

/**
 * An entity as it occurs in one article: who or what it is, and how prominent it is there.
 *
 * <p>{@code recognition.entities().get(0).name()} is the most salient entity's name.
 *
 * @param id a stable id: the knowledge-base id (a slug such as {@code lloyd-austin}), or a slug
 *     made from the name of an entity the knowledge base does not know
 * @param name the canonical name
 * @param type its type
 * @param aliases other names it is known by (knowledge-base aliases and the surface forms used in
 *     the article)
 * @param mentions how many times the article mentions it
 * @param salience how central it is to the article, from 0 to 1 (the most central is 1)
 * @since 0.1
 */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, int mentions, double salience) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    if (mentions < 0) {
      throw new IllegalArgumentException("mentions must be >= 0, was " + mentions);
    }
    if (salience < 0 || salience > 1) {
      throw new IllegalArgumentException("salience must be within [0, 1], was " + salience);
    }
  }
}
