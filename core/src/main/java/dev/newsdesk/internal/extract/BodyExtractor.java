package dev.newsdesk.internal.extract;

import dev.newsdesk.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body in a page by scoring blocks, the way Readability does: paragraphs of
 * running text give points to their containers, class and id cues add or take away, link-heavy
 * containers lose; the best container and its strong siblings are the body. Their text is then
 * cut into paragraphs, and blocks that are chrome after all (link lists, bylines, date lines,
 * credits) are dropped.
 */
final class BodyExtractor {
  private BodyExtractor() {}

  static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section",
          "article", "main", "ul", "ol", "dl", "dd", "dt", "table", "tbody", "thead", "tr", "td",
          "th", "figure", "header", "hr", "address", "center", "details", "summary");
  static final Pattern BOILERPLATE_LINE =
      Pattern.compile("(?iu)^[-–—•·\\s]*(advertisement|advertisements|ad|anzeige|publicidad|publicité|werbung|sponsored|share|share this( article| story)?"
          + "|read more|read next|related|related articles|subscribe.*|sign up.*|follow us.*"
          + "|click here.*|continue reading.*|leave a comment|comments?|print|email|more from .*"
          + "|(additional )?reporting by .*|editing by .*|writing by .*|©.*|copyright .*|all rights reserved.*"
          + "|this article (was|is) (originally )?(published|updated).*|photo: .*|image: .*|credit: .*"
          + "|the views expressed (in this|here).*|views expressed are.*|a previous version of this article.*"
          + "|correction:.*|资料图[：:].*|图[：:].*|[（(]?(责任)?编辑[：:].*)[-–—•·\\s]*$");
  /** The last word of a writer's role under a byline; not "editor", which ends section names too. */
  private static final Set<String> WRITERS_ROLES = Set.of("writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
      "contributor", "columnist");
  private static final int MAX_ROLE_CHARS = 60;
  /** The first words of {@link #BOILERPLATE_LINE}'s alternatives that are ASCII letters, lower-cased. */
  private static final Set<String> BOILERPLATE_FIRST_WORDS = Set.of(
      "advertisement", "advertisements", "ad", "anzeige", "publicidad", "werbung", "sponsored", "share", "read", "related",
      "sign", "follow", "click", "continue", "leave", "comment", "comments", "print", "email", "more", "additional", "reporting",
      "editing", "writing", "copyright", "all", "this", "photo", "image", "credit", "the", "views", "a", "correction");
  /** A contact line: "Ana Ruiz can be reached at ...". Asked only of lines that say "reached at": it backtracks at every start. */
  private static final Pattern CONTACT_LINE = Pattern.compile("(?iu)^[-–—•·\\s]*.{0,60} can be reached at .*$");
  /** A short line ending in a photo credit is a caption: "Beans drying in the sun. Photo: Herald". */
  private static final Pattern CAPTION =
      Pattern.compile("(?iu)\\b(photo|photograph|picture|image|credit|foto|bild)s?\\s*[:/]\\s*\\S.{0,60}$");
  /** Captions and boilerplate lines are short; longer blocks are not tested against their patterns. */
  private static final int MAX_BOILERPLATE_CHARS = 300;
  private static final Pattern CLOCK_TIME =
      Pattern.compile("(?iu)^\\d{1,2}[:.h]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*[a-z]{1,5})?$");
  /** A byline's start, asked with {@code lookingAt}: the rest of the line may be anything. */
  private static final Pattern BY_LINE = Pattern.compile("(?iu)(by|von|par|por)\\s+\\p{Lu}");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final int MIN_ARTICLE_CHARS = 250;
  /** A page titled like an error ("Page not found", "404") is one unless it holds this much text. */
  private static final int MAX_ERROR_PAGE_CHARS = 1500;
  private static final Pattern ERROR_TITLE =
      Pattern.compile("(?iu)\\b(page not found|not found|404|410|error|access denied|seite nicht gefunden|page introuvable|página no encontrada)\\b");
  // Sections press releases and company news end with: none is the story itself.
  private static final Pattern TRAILING_SECTION =
      Pattern.compile("(?iu)^(about (the )?\\p{Lu}.{0,80}|forward[- ]looking statements?|safe harbou?r( statement)?"
          + "|(media |press |investor )?contacts?:?|media inquiries:?|notes? to editors:?|###|-30-|- ?ends ?-)$");
  private static final int SHARED_CANDIDATES = 3;

  /** The body's paragraphs, or an empty list when the page holds no article. */
  static List<String> paragraphs(Element body, String title) {
    Boilerplate.strip(body);
    ContentScores scores = ContentScores.of(body);
    Element top = scores.best();
    if (top == null) {
      return List.of();
    }
    double best = scores.discounted(top);
    top = sharedAncestor(top, scores);
    List<Block> blocks = new ArrayList<>();
    for (Element part : withStrongSiblings(top, scores, best)) {
      new BlockCollector(blocks).collect(part);
    }
    List<String> paragraphs = withoutTrailingBoilerplate(keepArticleText(blocks, title));
    int chars = paragraphs.stream().mapToInt(String::length).sum();
    boolean errorPage = ERROR_TITLE.matcher(title).find() && chars < MAX_ERROR_PAGE_CHARS;
    return chars < MIN_ARTICLE_CHARS || errorPage ? List.of() : paragraphs;
  }

  /**
   * When the best candidates are siblings of one kind (the entries of a live blog, the sections of
   * a long read), their closest common ancestor holding at least {@value #SHARED_CANDIDATES} of
   * the top five is the article, as in Readability.
   */
  private static Element sharedAncestor(Element top, ContentScores scores) {
    List<Element> best = scores.atLeast(scores.discounted(top) * 0.75).stream()
        .limit(5)
        .filter(e -> e != top)
        .toList();
    if (best.size() < SHARED_CANDIDATES - 1) {
      return top;
    }
    for (Element ancestor = top.parent(); ancestor != null && !ancestor.normalName().equals("body"); ancestor = ancestor.parent()) {
      Element candidate = ancestor;
      long inside = best.stream().filter(e -> e.parents().contains(candidate)).count();
      if (inside >= SHARED_CANDIDATES - 1) {
        return ancestor;
      }
    }
    return top;
  }

  /** The top candidate plus the siblings that look like more of the same article. */
  private static List<Element> withStrongSiblings(Element top, ContentScores scores, double best) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || scores.atLeast(sibling, threshold) || isPlainParagraph(sibling, scores)) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  private static boolean isPlainParagraph(Element el, ContentScores scores) {
    if (!el.normalName().equals("p")) {
      return false;
    }
    int chars = scores.chars(el);
    double density = scores.linkDensity(el);
    return chars > 80 && density < 0.25 || chars > 0 && density == 0 && el.text().matches("(?s).*\\.( |$).*");
  }

  private static List<String> keepArticleText(List<Block> blocks, String title) {
    boolean[] keep = new boolean[blocks.size()];
    String lowerTitle = title.toLowerCase(Locale.ROOT);
    for (int i = 0; i < blocks.size(); i++) {
      keep[i] = isArticleText(blocks.get(i), lowerTitle);
    }
    // So does a short line that introduces dropped chrome ("You may also be interested in:").
    for (int i = 0; i + 1 < blocks.size(); i++) {
      String text = blocks.get(i).text();
      if (keep[i] && !keep[i + 1] && text.endsWith(":") && hasAtMostWords(text, 12)) {
        keep[i] = false;
      }
    }
    // A heading whose section was all chrome ("More on this story" over a link list) goes too:
    // after it come only dropped blocks, then another heading or the end.
    for (int i = 0; i < blocks.size(); i++) {
      if (keep[i] && blocks.get(i).heading() && (i + 1 == blocks.size() || !keep[i + 1])) {
        int next = i + 1;
        while (next < blocks.size() && !keep[next]) {
          next++;
        }
        keep[i] = next < blocks.size() && !blocks.get(next).heading();
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String text = keep[i] ? withoutChromeLines(blocks.get(i), lowerTitle) : "";
      if (!text.isEmpty()) {
        kept.add(text);
      }
    }
    return kept;
  }

  /**
   * A kept block's text without the lines of page chrome that single line breaks set apart in it:
   * old layouts put the breadcrumb, headline, "By ..." line, the writer's role and the date in one
   * run of text above the first double break. Each line is judged as a block of its own would be.
   */
  private static String withoutChromeLines(Block block, String lowerTitle) {
    if (block.lines().size() < 2) {
      return block.text();
    }
    StringBuilder kept = new StringBuilder();
    boolean dropped = false;
    for (Block line : block.lines()) {
      if (isArticleText(line, lowerTitle)) {
        kept.append(kept.isEmpty() ? "" : " ").append(line.text());
      } else {
        dropped = true;
      }
    }
    return dropped ? kept.toString() : block.text();
  }

  /**
   * Cuts the sections a press release or corporate story ends with ("About Acme", "Forward-Looking
   * Statements", "Media contacts", "###"): from the first such heading in the second half on.
   */
  private static List<String> withoutTrailingBoilerplate(List<String> paragraphs) {
    for (int i = paragraphs.size() / 2; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (p.length() <= 100 && TRAILING_SECTION.matcher(p).matches()) {
        return paragraphs.subList(0, i);
      }
    }
    return paragraphs;
  }

  /** Cheap tests first: most blocks are running text, which the costly patterns never match. */
  private static boolean isArticleText(Block block, String lowerTitle) {
    String text = block.text();
    if (block.linkChars() > text.length() * 0.5 || !hasLetter(text) || isTitle(text, lowerTitle)) {
      return false;
    }
    boolean byline = !text.isEmpty() && Bylines.mayOpenByline(text.charAt(0)) && BY_LINE.matcher(text).lookingAt() && !Bylines.names(text).isEmpty()
        && (hasAtMostWords(text, 12) || hasAtMostWords(text, 30) && Dates.parseWritten(text).isPresent());
    boolean dateLine = !text.endsWith(".") && hasAtMostWords(text, 10) && Dates.parseWritten(text).isPresent();
    if (byline || dateLine || isWritersRole(text)) {
      return false;
    }
    boolean shortLine = text.length() <= MAX_BOILERPLATE_CHARS;
    return !(shortLine && (mayOpenBoilerplateLine(text) && BOILERPLATE_LINE.matcher(text).matches() || startsWithDigit(text) && CLOCK_TIME.matcher(text).matches()
        || mayNameCredit(text) && CAPTION.matcher(text).find()
        || containsIgnoringCase(text, "reached at") && CONTACT_LINE.matcher(text).matches()));
  }

  /** Whether {@code part}, a lower-case ASCII word, is in {@code text} in any case: its first letter is compared before the rest. */
  static boolean containsIgnoringCase(String text, String part) {
    char first = part.charAt(0);
    for (int i = 0, last = text.length() - part.length(); i <= last; i++) {
      if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithDigit(String text) {
    return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
  }

  /** Whether the text is the title in other case: lower-casing at most doubles a text's length, so most texts are told apart by it. */
  private static boolean isTitle(String text, String lowerTitle) {
    return text.length() <= lowerTitle.length() && lowerTitle.length() <= 2 * text.length()
        && text.toLowerCase(Locale.ROOT).equals(lowerTitle);
  }

  /**
   * Whether the text is a writer's role as bylines give it under the name ("Politics correspondent",
   * "Lakeshore Record Staff Writer"): a few words without digits or a sentence's end, the last of
   * them a reporting role.
   */
  private static boolean isWritersRole(String text) {
    if (text.length() > MAX_ROLE_CHARS || !hasAtMostWords(text, 6)) {
      return false;
    }
    int lastSpace = text.lastIndexOf(' ');
    return WRITERS_ROLES.contains(text.substring(lastSpace + 1).toLowerCase(Locale.ROOT))
        && text.chars().noneMatch(c -> Character.isDigit(c) || ".!?:\"”".indexOf(c) >= 0);
  }

  /** Whether a block's text has at most {@code most} words: block text is normalised, one space between words. */
  private static boolean hasAtMostWords(String text, int most) {
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ' && ++spaces >= most) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@link #BOILERPLATE_LINE} may match: after its leading dashes, bullets and spaces, each of
   * its alternatives opens with one of {@link #BOILERPLATE_FIRST_WORDS} ("subscribe" may go on:
   * "subscribers"), with "(" or with a character that is not ASCII ("©", "资料图", "publicité"), for
   * which the pattern decides.
   */
  static boolean mayOpenBoilerplateLine(String text) {
    int start = 0;
    while (start < text.length() && (isPatternSpace(text.charAt(start)) || "-–—•·".indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    int end = start;
    while (end < text.length() && isAsciiLetter(text.charAt(end))) {
      end++;
    }
    if (end == start) {
      return start < text.length() && (text.charAt(start) >= 0x80 || text.charAt(start) == '('); // "©", "资料图", "(编辑："
    }
    if (end < text.length() && text.charAt(end) >= 0x80) {
      return true; // a word that goes on in other letters: "publicité"
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    return BOILERPLATE_FIRST_WORDS.contains(word) || word.startsWith("subscribe");
  }

  /** The pattern's {@code \\s}: ASCII whitespace only, as it has no UNICODE_CHARACTER_CLASS flag. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** A caption's credit follows a colon or a slash ({@link #CAPTION}); without either, no search. */
  private static boolean mayNameCredit(String text) {
    return text.indexOf(':') >= 0 || text.indexOf('/') >= 0;
  }

  /**
   * A run of text between block boundaries, with how much of it was link text, and its lines where
   * single line breaks divide it (each a block of one line; none when it has one line).
   */
  private record Block(String text, int linkChars, boolean heading, List<Block> lines) {
    Block(String text, int linkChars) {
      this(text, linkChars, false, List.of());
    }

    Block asHeading() {
      return new Block(text, linkChars, true, lines);
    }
  }

  /**
   * Cuts an element's text into blocks at block elements and at double line breaks. Walks the tree
   * without recursion (jsoup's traversor), so deeply nested pages cannot exhaust the stack.
   */
  private static final class BlockCollector implements NodeVisitor {
    private final List<Block> out;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private boolean lastWasBreak;
    /** The finished lines of the block under way, and where its current line starts in {@link #text}. */
    private final List<Block> lines = new ArrayList<>();
    private int lineStart;
    private int lineLinkChars;

    BlockCollector(List<Block> out) {
      this.out = out;
    }

    void collect(Element root) {
      NodeTraversor.traverse(this, root);
      flush();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        if (!s.isBlank()) {
          lastWasBreak = false;
        }
        text.append(s);
        if (linkDepth > 0) {
          int chars = Whitespace.normalize(s).length();
          linkChars += chars;
          lineLinkChars += chars;
        }
        return;
      }
      if (!(node instanceof Element el)) {
        return;
      }
      String tag = el.normalName();
      if (tag.equals("br")) {
        if (lastWasBreak) {
          flush();
        } else {
          endLine();
          text.append(' ');
          lastWasBreak = true;
        }
      } else if (BLOCK_TAGS.contains(tag)) {
        flush();
      } else if (tag.equals("a")) {
        linkDepth++;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element el)) {
        return;
      }
      String tag = el.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      } else if (BLOCK_TAGS.contains(tag)) {
        int before = out.size();
        flush();
        if (HEADINGS.contains(tag) && out.size() > before) {
          out.add(out.remove(out.size() - 1).asHeading());
        }
      }
    }

    private void endLine() {
      String line = Whitespace.normalize(text.substring(lineStart));
      if (!line.isEmpty()) {
        lines.add(new Block(line, lineLinkChars));
      }
      lineStart = text.length();
      lineLinkChars = 0;
    }

    private void flush() {
      String paragraph = Whitespace.normalize(text.toString());
      if (!paragraph.isEmpty()) {
        if (!lines.isEmpty()) {
          endLine(); // a block without line breaks is its one line: its text is not normalised twice
        }
        out.add(new Block(paragraph, linkChars, false, lines.size() < 2 ? List.of() : List.copyOf(lines)));
      }
      text.setLength(0);
      linkChars = 0;
      lastWasBreak = false;
      lines.clear();
      lineStart = 0;
      lineLinkChars = 0;
    }
  }
}
