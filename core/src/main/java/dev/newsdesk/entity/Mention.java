package dev.newsdesk.entity;

import java.util.Objects;

/**
 * A span of an article's text that refers to an entity.
 *
 * <p>{@code text.substring(m.start(), m.end()).equals(m.text())} always holds for the text the
 * mention was recognised in.
 *
 * @param start the index of the first character, a Java {@code String} index into the text
 * @param end the index after the last character
 * @param text the surface form, exactly as in the text
 * @param type the entity's type
 * @param entityId the id of the entity it refers to
 * @since 0.1
 */
public record Mention(int start, int end, String text, EntityType type, String entityId) {

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entityId, "entityId");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "start and end must span the text: start=" + start + ", end=" + end + ", text=" + text);
    }
  }
}
