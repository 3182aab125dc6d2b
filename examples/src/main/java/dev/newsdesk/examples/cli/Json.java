package dev.newsdesk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import dev.newsdesk.search.Hit;
import dev.newsdesk.search.SearchResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of the CLI's outputs (contracts: keep names and shapes, add fields freely). */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private Json() {}

  static Map<String, Object> article(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", a.url().toString());
    m.put("canonicalUrl", a.canonicalUrl().toString());
    m.put("title", a.title());
    m.put("byline", a.byline());
    m.put("published", a.published().map(Json::iso).orElse(null));
    m.put("modified", a.modified().map(Json::iso).orElse(null));
    m.put("site", a.site());
    m.put("language", a.language());
    m.put("description", a.description());
    m.put("image", a.image().map(Object::toString).orElse(null));
    m.put("text", a.text());
    m.put("wordCount", a.wordCount());
    m.put("section", a.section());
    m.put("tags", a.tags());
    return m;
  }

  static Map<String, Object> recognition(Recognition r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mentions", r.mentions().stream().map(Json::mention).toList());
    m.put("entities", r.entities().stream().map(Json::entity).toList());
    return m;
  }

  static Map<String, Object> mention(Mention x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", x.start());
    m.put("end", x.end());
    m.put("text", x.text());
    m.put("type", x.type().name());
    m.put("entity", x.entityId());
    return m;
  }

  static Map<String, Object> entity(Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("type", e.type().name());
    m.put("mentions", e.mentions());
    m.put("salience", e.salience());
    return m;
  }

  static Map<String, Object> results(SearchResults r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    m.put("totalIsExact", r.totalIsExact());
    m.put("hits", r.hits().stream().map(Json::hit).toList());
    m.put("facets", r.facets());
    m.put("nextPage", r.nextPage().orElse(null));
    return m;
  }

  static Map<String, Object> hit(Hit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", h.url().toString());
    m.put("title", h.title());
    m.put("published", h.published().map(Json::iso).orElse(null));
    m.put("score", h.score());
    m.put("snippet", h.snippet());
    m.put("entities", h.entities().stream().map(Json::entity).toList());
    m.put("site", h.site());
    m.put("byline", h.byline());
    m.put("language", h.language());
    m.put("storyId", h.storyId());
    return m;
  }

  /** ISO-8601 with seconds always written ({@code 2024-01-25T14:30:00-05:00}). */
  static String iso(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  static String pretty(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // maps of strings and numbers always serialise
    }
  }

  static String line(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(Path file, Object value) {
    try {
      MAPPER.writeValue(file.toFile(), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
