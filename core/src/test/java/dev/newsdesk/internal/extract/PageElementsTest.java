package dev.newsdesk.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageElementsTest {
  private static final String PAGE = """
      <html lang="en"><head><title>T</title><meta property="og:title" content="A">
      <link rel="canonical" href="/a"><script type="application/ld+json">{}</script></head>
      <body><header class="site-header"><h1 class="logo">Site</h1></header>
      <article><h1 class="headline">A</h1><p class="byline">By <a rel="author" href="/author/x">X</a></p>
      <time datetime="2024-01-25">Jan 25</time><p>Text, <a href="#n1">1</a></p>
      <meta itemprop="datePublished" content="2024-01-25"></article></body></html>""";

  @Test
  void listsEveryElementInDocumentOrder() {
    Document doc = Jsoup.parse(PAGE, "https://example.com/");
    assertEquals(doc.getAllElements(), PageElements.of(doc).all());
  }

  @ParameterizedTest
  @ValueSource(strings = {"meta:meta", "link:link[rel=canonical]", "script:script[type=application/ld+json]", "a:a[rel=author]",
      "time:time[datetime]", "html:html", "p:p", "video:video"})
  void findsByTagWhatTheDocumentsSelectFinds(String tagAndQuery) {
    String tag = tagAndQuery.substring(0, tagAndQuery.indexOf(':'));
    String query = tagAndQuery.substring(tag.length() + 1);
    Document doc = Jsoup.parse(PAGE, "https://example.com/");
    assertEquals(doc.select(query), PageElements.of(doc).select(tag, QueryParser.parse(query)), query);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[class~=(?i)(^|[-_ ])byline($|[-_ ])], [id~=(?i)byline]", "[class*=logo], [id*=logo]", "[itemprop=headline]", "[rel=author]"})
  void findsAmongElementsWithAttributesWhatTheDocumentsSelectFirstFinds(String query) {
    Document doc = Jsoup.parse(PAGE, "https://example.com/");
    assertEquals(doc.selectFirst(query), PageElements.of(doc).selectFirstWithAttributes(QueryParser.parse(query)), query);
  }

  @ParameterizedTest
  @ValueSource(strings = {PAGE, "<p>no body tag</p>", "<frameset><frame src=a></frameset>"})
  void listsTheBodyAndItsDescendantsInDocumentOrder(String html) {
    Document doc = Jsoup.parse(html);
    List<org.jsoup.nodes.Element> body = PageElements.of(doc).body();
    if (doc.body() == null) {
      assertTrue(body.isEmpty());
    } else {
      assertEquals(doc.body().getAllElements(), body);
    }
  }
}
