package dev.newsdesk.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The content scores of a page's containers, as in Readability: paragraphs of running text give
 * points to their containers, class and id cues add or take away, and a container's score is then
 * discounted by its link density. Text lengths come from one count over the tree ({@link
 * TextStats}); discounts are worked out for the candidates a decision can turn on.
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
  private final TextStats stats;
  private final Map<Element, Double> discounted = new HashMap<>();

  private ContentScores(Map<Element, Double> raw, TextStats stats) {
    this.raw = raw;
    this.stats = stats;
  }

  static ContentScores of(Element root) {
    TextStats stats = TextStats.of(root);
    Map<Element, Double> scores = new HashMap<>();
    for (Element el : stats.elements()) {
      String tag = el.normalName();
      if (!SCORED_TAGS.contains(tag)) {
        continue;
      }
      boolean ownTextOnly = OWN_TEXT_TAGS.contains(tag);
      int chars = ownTextOnly ? stats.ownChars(el) : stats.chars(el);
      if (chars < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double points = 1 + (ownTextOnly ? stats.ownCommas(el) : stats.commas(el)) + Math.min(chars / 100, 3);
      Element ancestor = ownTextOnly ? el : el.parent();
      for (int level = 0; ancestor != null && ancestor != root.parent() && level < 3; level++) {
        double share = level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
        Double score = scores.get(ancestor);
        scores.put(ancestor, (score == null ? initialScore(ancestor) : score) + share);
        ancestor = ancestor.parent();
      }
    }
    return new ContentScores(scores, stats);
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
    return discounted.computeIfAbsent(el, e -> raw.get(e) * (1 - stats.linkDensity(e)));
  }

  /** The share of an element's text that is link text, from 0 to 1. */
  double linkDensity(Element el) {
    return stats.linkDensity(el);
  }

  /** The characters of an element's normalised text. */
  int chars(Element el) {
    return stats.chars(el);
  }

  private static double initialScore(Element el) {
    double score = switch (el.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return el.attributesSize() == 0 ? score : score + CUE_POINTS.of(el.className() + " " + el.id());
  }

  private static final CueJudgements<Integer> CUE_POINTS = new CueJudgements<>(ContentScores::cuePoints);

  /** Points for class and id cues: 25 off for a negative cue, 25 more for a positive one. */
  private static int cuePoints(String cues) {
    int points = 0;
    if (!cues.isBlank()) {
      if (NEGATIVE.matcher(cues).find()) {
        points -= 25;
      }
      if (POSITIVE.matcher(cues).find()) {
        points += 25;
      }
    }
    return points;
  }
}
