package dev.newsdesk.internal.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never article text before the body is scored: scripts, navigation, forms,
 * hidden elements and blocks whose class or id says they are chrome (share bars, comments,
 * related links, author boxes, banners).
 */
final class Boilerplate {
  private Boilerplate() {}

  /** Elements that never hold article text, by tag (a set: cheaper than a query's 26 tag tests). */
  private static final Set<String> NEVER_TEXT_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select", "textarea",
      "nav", "footer", "aside", "figure", "figcaption", "picture", "video", "audio", "object", "embed",
      "dialog", "menu", "label", "amp-ad", "amp-social-share", "amp-img", "amp-embed", "amp-analytics",
      "amp-sidebar");
  // Queries are parsed once: jsoup parses a query string on every select.
  private static final Evaluator NEVER_TEXT_ATTRIBUTES = QueryParser.parse(
      "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], [role=contentinfo]");
  private static final Evaluator CHROME_HEADERS = QueryParser.parse("header:has(h1), header:has(nav)");
  private static final Evaluator FOOTNOTE_MARKERS = QueryParser.parse("sup:has(a[href^=#]), a.footnote-anchor, sup.footnote");

  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  // Class/id cues of page chrome (after Readability's "unlikely candidates", extended with the
  // blocks news sites add: newsletter, paywall, most-read, author boxes).
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "(?i)comment|share|sharing|social|related|sidebar|promo|newsletter|subscri|cookie|consent|advert"
              + "|sponsor|(^|[-_ ])ads?($|[-_ ])|banner|popup|modal|(^|[-_ ])bio($|[-_ ])|author|byline|contributor"
              + "|more-from|most-read|most-popular|popular|trending|breadcrumb|(^|[-_ ])tags?($|[-_ ])"
              + "|footer|(^|[-_ ])nav|menu|toolbar|(^|[-_ ])print|caption|credit|paywall|recirc|outbrain"
              + "|taboola|widget|masthead|skip-link|signup|rating|disqus|top-stories|read-more|readmore"
              + "|(^|[-_ ])meta($|[-_ ])|timestamp|dateline-time|pagination|login|cta($|[-_ ])|topics");

  // Cues so specific that no content cue beside them saves the element: "article-image__caption",
  // "story-share", "entry-related". Matched per class token.
  private static final Pattern STRONGLY_UNLIKELY =
      Pattern.compile("(?i)caption|credit|share|social|newsletter|cookie|related|promo|advert|sponsor"
          + "|byline|author|more-from|most-read|comments?$|links?$|links?-|recirc|paywall"
          + "|twitter|tweet|instagram|tiktok|correction|disclaimer|(^|[-_])dek($|[-_])|standfirst|kicker"
          + "|pinned|key-?points|footnote|contact|[-_]meta$");

  private static final Pattern MAYBE_CONTENT = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|entry");

  private static final int MAX_FORM_TEXT = 300;

  static void strip(Element root) {
    // The walk lists the elements it keeps, in document order, and where the chrome headers and
    // footnote markers it finds begin and end in that list: the loop below then needs no second
    // walk of the tree to list what is left.
    List<Element> walked = new ArrayList<>();
    List<int[]> removedRanges = new ArrayList<>();
    List<Element> headers = new ArrayList<>();
    List<Element> footnotes = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      private final ArrayDeque<Integer> starts = new ArrayDeque<>();

      @Override
      public FilterResult head(Node node, int depth) {
        if (node == root || !(node instanceof Element el)) {
          return FilterResult.CONTINUE;
        }
        if (isNeverText(el)) {
          return FilterResult.REMOVE;
        }
        starts.push(walked.size());
        walked.add(el);
        return FilterResult.CONTINUE;
      }

      // A header holding the page title or navigation is chrome; one holding an entry's heading
      // (live blogs, sectioned stories) is text. Judged once what never is text is gone from it.
      // Footnote markers ("floor.¹") are not words of the text.
      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el && el != root) {
          int start = starts.pop();
          boolean header = CHROME_HEADERS.matches(root, el);
          if (header || FOOTNOTE_MARKERS.matches(root, el)) {
            (header ? headers : footnotes).add(el);
            removedRanges.add(new int[] {start, walked.size()});
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    headers.forEach(Element::remove);
    footnotes.forEach(Element::remove);
    List<Element> doomed = new ArrayList<>();
    TextStats stats = null; // counted when a class cue first needs it
    for (int i = 0; i < walked.size(); i++) {
      if (inRemovedRange(i, removedRanges)) {
        continue;
      }
      Element el = walked.get(i);
      String tag = el.normalName();
      if (tag.equals("form") && el.text().length() < MAX_FORM_TEXT) {
        doomed.add(el);
      } else if (el.hasAttr("style") && HIDDEN_STYLE.matcher(el.attr("style")).find()) {
        doomed.add(el);
      } else if (!tag.equals("article") && !tag.equals("main") && !tag.equals("body") && isUnlikely(el)) {
        // A class cue never removes most of the page's running text: "subscriber-premium" may
        // wrap the whole article.
        if (stats == null) {
          stats = TextStats.of(root);
        }
        if (stats.paragraphChars(el) * 2 < stats.paragraphChars(root)) {
          doomed.add(el);
        }
      }
    }
    doomed.forEach(Element::remove);
  }

  private static boolean inRemovedRange(int index, List<int[]> ranges) {
    for (int[] range : ranges) {
      if (index >= range[0] && index < range[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNeverText(Element el) {
    return NEVER_TEXT_TAGS.contains(el.normalName()) || el.attributesSize() > 0 && NEVER_TEXT_ATTRIBUTES.matches(el, el);
  }

  private static boolean isUnlikely(Element el) {
    if (el.attributesSize() == 0) {
      return false; // no class, no id
    }
    String cues = el.className() + " " + el.id();
    if (cues.isBlank()) {
      return false;
    }
    return JUDGED.of(cues);
  }

  private static final CueJudgements<Boolean> JUDGED = new CueJudgements<>(Boilerplate::isUnlikely);

  private static boolean isUnlikely(String cues) {
    for (String token : cues.split("\\s+")) {
      if (!token.isEmpty() && STRONGLY_UNLIKELY.matcher(token).find()) {
        return true;
      }
    }
    return UNLIKELY.matcher(cues).find() && !MAYBE_CONTENT.matcher(cues).find();
  }
}
