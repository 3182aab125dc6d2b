package dev.newsdesk.internal.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Finds the article object in a page's JSON-LD blocks ({@code @graph} and arrays included). */
final class JsonLd {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
          "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
          "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting");

  private static final Evaluator SCRIPTS = QueryParser.parse("script[type=application/ld+json]");

  private JsonLd() {}

  /** The first article-typed object, or empty when the page has none (or only broken JSON). */
  static Optional<JsonNode> article(PageElements elements) {
    for (Element script : elements.select("script", SCRIPTS)) {
      try {
        JsonNode root = JSON.readTree(script.data());
        Optional<JsonNode> found = findArticle(root);
        if (found.isPresent()) {
          return found;
        }
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticle(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<JsonNode> found = findArticle(item);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    for (String type : texts(node.get("@type"))) {
      if (ARTICLE_TYPES.contains(type)) {
        return Optional.of(node);
      }
    }
    return findArticle(node.get("@graph"));
  }

  /** A value's text(s): a string, the strings of an array, or the {@code name}s of objects. */
  static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(item -> out.addAll(texts(item)));
    } else if (node.isObject()) {
      out.addAll(texts(node.has("name") ? node.get("name") : node.get("url")));
    } else {
      out.add(node.asText());
    }
    return out;
  }

  /** The first text of {@code field}, or empty. */
  static String text(JsonNode article, String field) {
    List<String> values = texts(article.get(field));
    return values.isEmpty() ? "" : values.get(0);
  }
}
