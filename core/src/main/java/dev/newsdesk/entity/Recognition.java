package dev.newsdesk.entity;

import java.util.List;
import java.util.Optional;

/**
 * What a recogniser found in a text: its mentions in text order, and the entities they refer to,
 * most salient first.
 *
 * <p>{@code Recognition r = EntityRecognizer.standard().recognise(text); r.entity("lloyd-austin");}
 *
 * @param mentions every mention, ordered by start offset, never overlapping
 * @param entities every entity mentioned, most salient first
 * @since 0.1
 */
public record Recognition(List<Mention> mentions, List<Entity> entities) {

  /** Nothing recognised. */
  public static final Recognition EMPTY = new Recognition(List.of(), List.of());

  public Recognition {
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
  }

  /** The entity with this id, if the text mentions it. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The mentions of the entity with this id, in text order. */
  public List<Mention> mentionsOf(String id) {
    return mentions.stream().filter(m -> m.entityId().equals(id)).toList();
  }
}
