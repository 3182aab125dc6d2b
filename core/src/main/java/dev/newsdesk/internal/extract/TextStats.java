package dev.newsdesk.internal.extract;

import dev.newsdesk.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text every element under a root holds, counted in one walk: its characters as its
 * whitespace-normalised text would have them, the characters inside links, inside paragraphs and
 * its own (outside child blocks), and its commas.
 *
 * <p>Block scoring asks these of hundreds of elements, nested in one another: building each one's
 * text to measure it walked the same subtrees again and again. Counts agree with the length of
 * {@code Whitespace.normalize(el.text())} but where a space is followed only by elements without
 * text (the space is then counted), or jsoup's and these block tags differ.
 */
final class TextStats {
  private final Map<Element, Counts> counts = new IdentityHashMap<>();
  private final List<Element> elements = new ArrayList<>();

  private TextStats() {}

  /** Counts what is under {@code root} now: made after the tree is changed, not before. */
  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(stats.new Counter(), root);
    return stats;
  }

  /** The root and its descendants, in document order. */
  List<Element> elements() {
    return elements;
  }

  /** Characters of the element's normalised text. */
  int chars(Element el) {
    Counts c = counts.get(el);
    return c == null ? 0 : c.end - c.start;
  }

  /** Commas in the element's text. */
  int commas(Element el) {
    Counts c = counts.get(el);
    return c == null ? 0 : c.commasEnd - c.commasStart;
  }

  /** Characters of the element's own text: its text nodes and inline children, not its child blocks. */
  int ownChars(Element el) {
    Counts c = counts.get(el);
    return c == null ? 0 : c.own;
  }

  /** Commas of the element's own text. */
  int ownCommas(Element el) {
    Counts c = counts.get(el);
    return c == null ? 0 : c.ownCommas;
  }

  /** Characters of text inside {@code <p>} elements under the element (or the element itself). */
  int paragraphChars(Element el) {
    Counts c = counts.get(el);
    return c == null || c.inParagraph ? 0 : c.paragraphEnd - c.paragraphStart;
  }

  /** The share of the element's text that is link text, from 0 to 1. */
  double linkDensity(Element el) {
    Counts c = counts.get(el);
    int total = c == null ? 0 : c.end - c.start;
    return total == 0 ? 0 : Math.min(1.0, (double) (c.linksEnd - c.linksStart) / total);
  }

  /** Running totals at an element's start and end; own text is added as it is met. */
  private static final class Counts {
    int start;
    int end;
    int linksStart;
    int linksEnd;
    int commasStart;
    int commasEnd;
    int paragraphStart;
    int paragraphEnd;
    int own;
    int ownCommas;
    /** Whether a space came after this element's last own text: it counts if more own text follows. */
    boolean pendingOwnSpace;
    /** Whether the element is inside a paragraph: a paragraph holds none. */
    boolean inParagraph;
  }

  /**
   * Walks the tree once, counting characters as normalisation would leave them: a run of spaces
   * is one space, written only when a character follows it, so no element counts a space at its
   * end. Block elements and line breaks separate words as spaces do.
   */
  private final class Counter implements NodeVisitor {
    private int chars;
    private int links;
    private int commas;
    private int paragraphs;
    private int linkDepth;
    private int paragraphDepth;
    private boolean pendingSpace;
    /** Whether the last character counted was a space: the next run of spaces then adds none. */
    private boolean spaceLast;
    private final List<Counts> owners = new ArrayList<>();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        count(t.getWholeText());
        return;
      }
      if (!(node instanceof Element el)) {
        return;
      }
      String tag = el.normalName();
      boolean block = BodyExtractor.BLOCK_TAGS.contains(tag);
      if (block || tag.equals("br")) {
        separate();
      }
      if (pendingSpace && chars > 0) {
        addSpace(); // a space before the element is outside it
      }
      Counts c = new Counts();
      c.start = chars;
      c.linksStart = links;
      c.commasStart = commas;
      c.paragraphStart = paragraphs;
      c.inParagraph = paragraphDepth > 0;
      counts.put(el, c);
      elements.add(el);
      if (block || owners.isEmpty()) {
        owners.add(c);
      }
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("p")) {
        paragraphDepth++;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element el)) {
        return;
      }
      Counts c = counts.get(el);
      c.end = chars;
      c.linksEnd = links;
      c.commasEnd = commas;
      c.paragraphEnd = paragraphs;
      String tag = el.normalName();
      if (owners.get(owners.size() - 1) == c) {
        owners.remove(owners.size() - 1);
      }
      if (tag.equals("a")) {
        linkDepth--;
      } else if (tag.equals("p")) {
        paragraphDepth--;
      }
      if (BodyExtractor.BLOCK_TAGS.contains(tag)) {
        separate();
      }
    }

    /** A space, or what separates words as one: pending until a character follows it. */
    private void separate() {
      if (!spaceLast) {
        pendingSpace = true;
      }
    }

    /** Counts a text node's characters in one tight loop, then adds them to every total at once. */
    private void count(String text) {
      Counts owner = owners.get(owners.size() - 1);
      int added = 0;
      int addedCommas = 0;
      int ownAdded = 0;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        boolean printableAscii = ch > ' ' && ch < 0x7F;
        if (!printableAscii) {
          if (Whitespace.isInvisible(ch)) {
            continue;
          }
          if (Whitespace.isSpace(ch)) {
            separate();
            continue;
          }
        }
        if (pendingSpace && chars + added > 0) {
          added++;
          owner.pendingOwnSpace = true;
        }
        pendingSpace = false;
        spaceLast = false;
        if (owner.pendingOwnSpace && owner.own + ownAdded > 0) {
          ownAdded++;
        }
        owner.pendingOwnSpace = false;
        added++;
        ownAdded++;
        if (ch == ',') {
          addedCommas++;
        }
      }
      add(added, addedCommas);
      owner.own += ownAdded;
      owner.ownCommas += addedCommas;
    }

    /** A space before an element, outside it: its owner's own text gets it only if more own text follows. */
    private void addSpace() {
      add(1, 0);
      owners.get(owners.size() - 1).pendingOwnSpace = true;
      pendingSpace = false;
      spaceLast = true;
    }

    private void add(int added, int addedCommas) {
      chars += added;
      commas += addedCommas;
      if (linkDepth > 0) {
        links += added;
      }
      if (paragraphDepth > 0) {
        paragraphs += added;
      }
    }
  }
}
