package dev.newsdesk.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.internal.text.Whitespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextStatsTest {
  private static final String ARTICLE = """
      <div class="page"><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
      <article><h1>Talks resume in <em>Baghdad</em></h1>
      <p>Officials met on Monday,   in the capital, to discuss
         the <a href="/topics/withdrawal">withdrawal</a> of troops.</p>
      <p>“We are close,” said <b>Fuad   Hussein</b>, the foreign minister.<br>More talks follow.</p>
      <ul><li>One point, agreed</li><li><a href="/x">A link</a> and text</li></ul>
      <div>Own text of a div <span>with a span</span><p>and a paragraph inside it.</p> and a tail.</div>
      <blockquote><p>Quoted\u00a0words, with\u200b a zero-width space.</p></blockquote>
      </article></div>""";

  @ParameterizedTest
  @ValueSource(strings = {ARTICLE, "<p>One</p><p>Two</p>", "<div> <p> spaced </p> <p>out</p> </div>", "<td>cell, <i>one</i></td>"})
  void countsTheCharactersOfEveryElementsNormalisedText(String html) {
    Element body = Jsoup.parse(html).body();
    TextStats stats = TextStats.of(body);
    for (Element el : body.getAllElements()) {
      assertEquals(Whitespace.normalize(el.text()).length(), stats.chars(el), el.cssSelector());
      assertEquals(commas(el.text()), stats.commas(el), el.cssSelector());
    }
  }

  @Test
  void countsLinkTextAndParagraphText() {
    Element body = Jsoup.parse(ARTICLE).body();
    TextStats stats = TextStats.of(body);
    for (Element el : body.getAllElements()) {
      int links = el.select("a").stream().mapToInt(a -> a.text().length()).sum();
      int total = Whitespace.normalize(el.text()).length();
      assertEquals(total == 0 ? 0 : Math.min(1.0, (double) links / total), stats.linkDensity(el), 1e-9, el.cssSelector());
      int paragraphs = el.getElementsByTag("p").stream().mapToInt(p -> Whitespace.normalize(p.text()).length()).sum();
      assertEquals(paragraphs, stats.paragraphChars(el), el.cssSelector());
    }
  }

  @Test
  void countsOwnTextOutsideChildBlocks() {
    Element body = Jsoup.parse(ARTICLE).body();
    TextStats stats = TextStats.of(body);
    Element div = body.selectFirst("article > div");
    assertEquals(Whitespace.normalize(ownText(div)).length(), stats.ownChars(div));
    Element article = body.selectFirst("article");
    assertEquals(0, stats.ownChars(article));
    Element td = Jsoup.parse("<table><tr><td>cell, <i>one</i><p>block, two</p></td></tr></table>").selectFirst("td");
    TextStats cell = TextStats.of(td);
    assertEquals("cell, one".length(), cell.ownChars(td));
    assertEquals(1, cell.ownCommas(td));
  }

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

  private static int commas(String text) {
    return (int) text.chars().filter(c -> c == ',').count();
  }
}
