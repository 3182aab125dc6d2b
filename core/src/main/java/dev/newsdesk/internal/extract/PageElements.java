package dev.newsdesk.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page's elements listed once, in document order, for the metadata lookups: each {@code select}
 * on the document would walk the whole tree again. Beside the whole list, the elements of each tag
 * and those with attributes, for lookups that only they can answer. The lists are the page as it
 * was listed, so they are made and read before the page is changed.
 */
final class PageElements {
  private final Document doc;
  private final List<Element> all = new ArrayList<>();
  private final Map<String, List<Element>> byTag = new HashMap<>();
  private final List<Element> attributed = new ArrayList<>();
  private int bodyStart;
  private int bodyEnd;

  private PageElements(Document doc) {
    this.doc = doc;
  }

  static PageElements of(Document doc) {
    PageElements elements = new PageElements(doc);
    Element body = doc.body();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node == body) {
          elements.bodyStart = elements.all.size();
        }
        if (node instanceof Element el) {
          elements.all.add(el);
          elements.byTag.computeIfAbsent(el.normalName(), tag -> new ArrayList<>()).add(el);
          if (el.attributesSize() > 0) {
            elements.attributed.add(el);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == body) {
          elements.bodyEnd = elements.all.size();
        }
      }
    }, doc);
    return elements;
  }

  /**
   * What {@code doc.select(evaluator)} finds when every element it can match has the tag {@code
   * tag} ("link[rel=canonical]" has "link"), in document order: only those elements are asked.
   */
  Elements select(String tag, Evaluator evaluator) {
    return select(byTag.getOrDefault(tag, List.of()), evaluator);
  }

  private Elements select(List<Element> candidates, Evaluator evaluator) {
    Elements found = new Elements();
    for (Element el : candidates) {
      if (evaluator.matches(doc, el)) {
        found.add(el);
      }
    }
    return found;
  }

  /**
   * What {@code doc.selectFirst(evaluator)} finds when the evaluator matches only elements with
   * attributes ("[class~=byline], [id~=byline]"), or null: only those elements are asked.
   */
  Element selectFirstWithAttributes(Evaluator evaluator) {
    return selectFirst(attributed, evaluator);
  }

  private Element selectFirst(List<Element> candidates, Evaluator evaluator) {
    for (Element el : candidates) {
      if (evaluator.matches(doc, el)) {
        return el;
      }
    }
    return null;
  }

  /** Every element of the page, in document order. */
  List<Element> all() {
    return all;
  }

  /** The body and its descendants, in document order; empty when the page has no body. */
  List<Element> body() {
    return all.subList(bodyStart, bodyEnd);
  }
}
