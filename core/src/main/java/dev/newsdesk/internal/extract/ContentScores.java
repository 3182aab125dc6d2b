package dev.newsdesk.internal.extract;

import dev.newsdesk.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The content scores of a page's containers, as in Readability: paragraphs of running text give
 * points to their containers, class and id cues add or take away, and a container's score is then
 * discounted by its link density. The discount needs the container's whole text, so it is worked
 * out only for the candidates a decision can turn on: a discounted score never exceeds the raw one.
 */
final class ContentScores {
  private static final Pattern POSITIVE =
      Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
  private static final Pattern NEGATIVE =
      Pattern.compile("(?i)hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media"
          + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
          + "|tags|tool|widget|teaser|card|list|rail");
  private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "div", "section", "font");
  /** Containers scored by their own text: their child blocks are scored on their own. */
  private static final Set<String> OWN_TEXT_TAGS = Set.of("div", "section", "td");
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private final Map<Element, Double> raw;
  private final Map<Element, Double> discounted = new HashMap<>();

  private ContentScores(Map<Element, Double> raw) {
    this.raw = raw;
  }

  static ContentScores of(Element root) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element el : root.getAllElements()) {
      String tag = el.normalName();
      if (!SCORED_TAGS.contains(tag)) {
        continue;
      }
      boolean ownTextOnly = OWN_TEXT_TAGS.contains(tag);
      String text = Whitespace.normalize(ownTextOnly ? ownText(el) : el.text());
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double points = 1 + count(text, ',') + Math.min(text.length() / 100, 3);
      Element ancestor = ownTextOnly ? el : el.parent();
      for (int level = 0; ancestor != null && ancestor != root.parent() && level < 3; level++) {
        double share = level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
        Double score = scores.get(ancestor);
        scores.put(ancestor, (score == null ? initialScore(ancestor) : score) + share);
        ancestor = ancestor.parent();
      }
    }
    return new ContentScores(scores);
  }

  /** The candidates whose discounted score is at least {@code bound} (above zero), best first. */
  List<Element> atLeast(double bound) {
    List<Element> found = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : raw.entrySet()) {
      if (entry.getValue() >= bound && discounted(entry.getKey()) >= bound) {
        found.add(entry.getKey());
      }
    }
    found.sort(Comparator.comparingDouble(this::discounted).reversed());
    return found;
  }

  /** Whether {@code el} is a candidate whose discounted score is at least {@code bound} (above zero). */
  boolean atLeast(Element el, double bound) {
    Double score = raw.get(el);
    return score != null && score >= bound && discounted(el) >= bound;
  }

  /** The best candidate: the one with the highest discounted score above zero, or null. */
  Element best() {
    List<Map.Entry<Element, Double>> byRaw = new ArrayList<>(raw.entrySet());
    byRaw.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : byRaw) {
      if (entry.getValue() <= bestScore) {
        break; // no discount lifts a score: the rest cannot win
      }
      double score = discounted(entry.getKey());
      if (score > bestScore) {
        bestScore = score;
        best = entry.getKey();
      }
    }
    return best;
  }

  double discounted(Element el) {
    return discounted.computeIfAbsent(el, e -> raw.get(e) * (1 - linkDensity(e)));
  }

  /** The share of an element's text that is link text, from 0 to 1. */
  static double linkDensity(Element el) {
    int total = el.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : el.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / total);
  }

  /** Text directly inside an element (its own text nodes and inline children), not in child blocks. */
  private static String ownText(Element el) {
    StringBuilder sb = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element e && !BodyExtractor.BLOCK_TAGS.contains(e.normalName())) {
        sb.append(e.text());
      }
      sb.append(' ');
    }
    return sb.toString();
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  private static double initialScore(Element el) {
    double score = switch (el.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String cues = el.className() + " " + el.id();
    if (!cues.isBlank()) {
      if (NEGATIVE.matcher(cues).find()) {
        score -= 25;
      }
      if (POSITIVE.matcher(cues).find()) {
        score += 25;
      }
    }
    return score;
  }
}
