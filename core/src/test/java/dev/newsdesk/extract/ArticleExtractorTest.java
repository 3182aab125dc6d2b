package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.fetch.Page;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();
  private static final String URL = "https://news.example.org/2023/05/14/harbour-reopens/";

  private static final String PARAGRAPHS =
      "<p>The harbour reopened on Sunday after three weeks of dredging, the port authority said, and the first"
          + " ferries docked before noon.</p>"
          + "<p>Fishermen, who had moved their boats to a cove further north, said the closure had cost them"
          + " most of the spring season, and asked the council for compensation.</p>"
          + "<h2>What comes next</h2>"
          + "<p>The council will vote on the request next month, according to a spokeswoman, who added that"
          + " the dredging had come in under budget.</p>";

  private static Article extract(String html) {
    return EXTRACTOR.extract(Page.of(html, URL));
  }

  private static String page(String head, String body) {
    return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
  }

  @Nested
  class Body {
    @Test
    void keepsParagraphsAndHeadingsInOrderSeparatedByBlankLines() {
      Article a = extract(page("<title>Harbour reopens</title>", "<article>" + PARAGRAPHS + "</article>"));
      List<String> paragraphs = List.of(a.text().split("\n\n"));
      assertEquals(4, paragraphs.size());
      assertTrue(paragraphs.get(0).startsWith("The harbour reopened"));
      assertEquals("What comes next", paragraphs.get(2));
    }

    @Test
    void dropsNavigationShareBarsAuthorBoxRelatedLinksAndComments() {
      String body =
          "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
              + "<div class=\"share-bar\"><a href=#>Share on Facebook</a> <a href=#>Tweet</a></div>"
              + "<article class=\"post\">" + PARAGRAPHS + "</article>"
              + "<div class=\"author-box\"><p>Jane Roe has covered the coast for a decade and previously worked"
              + " at a newspaper in the capital, writing about shipping.</p></div>"
              + "<section class=\"related-posts\"><h3>Related</h3><ul><li><a href=/a>Ferry prices rise for the"
              + " summer season</a></li><li><a href=/b>Storm damages the old pier</a></li></ul></section>"
              + "<div id=\"comments\"><p>Great news for the town, finally the boats can come back home!</p></div>"
              + "<footer><p>© 2023 Example News. All rights reserved.</p></footer>";
      String text = extract(page("<title>Harbour reopens</title>", body)).text();
      assertTrue(text.contains("first ferries docked"));
      for (String chrome : List.of("Share on Facebook", "Jane Roe", "Ferry prices", "Great news", "All rights", "Home")) {
        assertFalse(text.contains(chrome), () -> "body should not contain '" + chrome + "': " + text);
      }
    }

    @Test
    void splitsDoubleLineBreaksOfOldLayoutsIntoParagraphs() {
      String body = "<table><tr><td class=nav><a href=/>Home</a></td><td><font size=3>"
          + "The harbour reopened on Sunday after three weeks of dredging, the port authority said.<br><br>"
          + "Fishermen said the closure had cost them most of the spring season, and asked for compensation.<br><br>"
          + "The council will vote on the request next month, according to a spokeswoman for the mayor."
          + "</font></td></tr></table>";
      Article a = extract(page("<title>Harbour</title>", body));
      assertEquals(3, a.text().split("\n\n").length, a.text());
    }

    @Test
    void dropsTheChromeLinesAnOldLayoutSetsAboveTheTextWithSingleLineBreaks() {
      String body = "<table><tr><td><font size=1><a href=/>Home</a> &gt; <a href=/harbour/>Harbour</a></font><br>"
          + "<font size=5><b>Harbour Reopens After Dredging</b></font><br>"
          + "<font size=2>By JANE ROE<br><i>Example News Staff Writer</i><br>Published: May 5, 2024</font><br><br>"
          + "<font size=3>The harbour reopened on Sunday after three weeks of dredging, the port authority said.<br><br>"
          + "Fishermen said the closure had cost them most of the spring season, and asked for compensation.<br><br>"
          + "The council will vote on the request next month, according to a spokeswoman for the mayor.</font>"
          + "</td></tr></table>";
      Article a = extract(page("<title>Example News - Harbour Reopens After Dredging</title>", body));
      assertTrue(a.text().startsWith("The harbour reopened on Sunday"), a.text());
      assertEquals(3, a.text().split("\n\n").length, a.text());
      assertEquals(List.of("Jane Roe"), a.byline());
    }

    @Test
    void keepsTheLinesOfAParagraphThatSingleLineBreaksDivide() {
      String body = "<article><p>The harbour reopened on Sunday after three weeks of dredging,<br>"
          + "the port authority said, and the first ferries docked before noon.<br>"
          + "Fishermen who had moved their boats north said the closure had cost them the spring season.</p>"
          + PARAGRAPHS + "</article>";
      Article a = extract(page("<title>Harbour reopens</title>", body));
      assertTrue(a.text().startsWith("The harbour reopened on Sunday after three weeks of dredging, the port authority said,"
          + " and the first ferries docked before noon. Fishermen who had moved"), a.text());
    }

    @Test
    void dropsAContributorBlockAndALineIntroducingDroppedLinks() {
      String body = "<article><h1>Harbour reopens</h1>"
          + "<div class=\"contributor\"><span class=\"contributor__name\">Jane Roe</span><span>Transport correspondent</span></div>"
          + PARAGRAPHS
          + "<div><p>You may also be interested in:</p><ul><li><a href=/a>Ferry prices rise for the summer season</a></li></ul></div>"
          + "<p>The mayor said the town would hold a festival on the quay when the season opens in June.</p></article>";
      String text = extract(page("<title>Harbour reopens</title>", body)).text();
      assertFalse(text.contains("Jane Roe"), text);
      assertFalse(text.contains("interested in"), text);
      assertTrue(text.endsWith("when the season opens in June."), text);
    }

    @Test
    void dropsAWritersRoleStandingAlone() {
      String body = "<article><p>Jane Roe</p><p>Senior Transport Correspondent</p>" + PARAGRAPHS + "</article>";
      String text = extract(page("<meta name=author content=\"Jane Roe\"><title>Harbour reopens</title>", body)).text();
      assertFalse(text.contains("Correspondent"), text);
    }

    @Test
    void pageWithOnlyTeasersAndLinksHasNoBody() {
      StringBuilder body = new StringBuilder("<nav><a href=/>Home</a></nav><ul class=\"teasers\">");
      for (int i = 0; i < 20; i++) {
        body.append("<li><a href=\"/story-").append(i).append("\">Headline number ").append(i)
            .append(" about the harbour and the council</a></li>");
      }
      body.append("</ul>");
      Article a = extract(page("<title>World news</title>", body.toString()));
      assertFalse(a.hasBody());
      assertEquals("", a.text());
    }

    @Test
    void toleratesMalformedHtml() {
      String broken = "<html><body><div class=story><p>The harbour reopened on Sunday after three weeks of"
          + " dredging, the port authority said, and ferries docked.<p>Fishermen said the closure had cost"
          + " them most of the spring season, and asked the council for money.<div><b>unclosed <i>tags"
          + " everywhere</div></span></td><p>The council will vote on the request next month, a spokeswoman said.";
      Article a = extract(broken);
      assertTrue(a.text().contains("Fishermen said the closure"), a.text());
    }

    @Test
    void extractsAHugePageWithoutFailing() {
      StringBuilder body = new StringBuilder("<article>");
      for (int i = 0; i < 20_000; i++) {
        body.append("<p>Paragraph ").append(i).append(" of a very long page, with enough words to count as text.</p>");
      }
      body.append("</article>");
      Article a = extract(page("<title>Long</title>", body.toString()));
      assertEquals(20_000, a.text().split("\n\n").length);
    }

    @Test
    void normalisesNonBreakingAndZeroWidthSpacesAndSoftHyphens() {
      String body = "<article><p>The har\u00ADbour re\u200Bopened&nbsp;on Sunday after three weeks of dredging,"
          + " the port authority said, and   ferries docked.</p>" + PARAGRAPHS + "</article>";
      assertTrue(extract(page("", body)).text().startsWith("The harbour reopened on Sunday after three weeks"));
    }
  }

  @Nested
  class Metadata {
    @Test
    void prefersOpenGraphTitleAndRemovesTheSiteNameFromTheDocumentTitle() {
      Article og = extract(page("<title>Harbour reopens | Example News</title>"
          + "<meta property=og:title content=\"Harbour reopens after dredging\">", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals("Harbour reopens after dredging", og.title());
      Article plain = extract(page("<title>Harbour reopens after dredging | Example News</title>"
          + "<meta property=og:site_name content=\"Example News\">", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals("Harbour reopens after dredging", plain.title());
      assertEquals("Example News", plain.site());
    }

    @Test
    void readsJsonLdAuthorsDatesAndHeadline() {
      String jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
          + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour reopens\",\"datePublished\":\"2023-05-14T09:30:00+02:00\","
          + "\"dateModified\":\"2023-05-14T11:00:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lima\"},"
          + "{\"@type\":\"Person\",\"name\":\"Tom Berg\"}]}]}</script>";
      Article a = extract(page(jsonLd, "<article>" + PARAGRAPHS + "</article>"));
      assertEquals("Harbour reopens", a.title());
      assertEquals(List.of("Ana Lima", "Tom Berg"), a.byline());
      assertEquals(OffsetDateTime.parse("2023-05-14T09:30:00+02:00"), a.published().orElseThrow());
      assertEquals(OffsetDateTime.parse("2023-05-14T11:00:00+02:00"), a.modified().orElseThrow());
    }

    @Test
    void writesBylinesSetInCapitalsAsNames() {
      Article a = extract(page("<meta name=author content=\"By JEAN-PIERRE O'NEILL and ANA LIMA\">", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals(List.of("Jean-Pierre O'Neill", "Ana Lima"), a.byline());
    }

    @Test
    void ignoresBrokenJsonLdAndFallsBackToMetaTags() {
      Article a = extract(page("<script type=\"application/ld+json\">{broken</script>"
          + "<meta property=article:published_time content=\"2023-05-14T09:30:00Z\">"
          + "<meta name=author content=\"By Ana Lima and Tom Berg, Staff Writers\">", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals(List.of("Ana Lima", "Tom Berg"), a.byline());
      assertEquals(OffsetDateTime.parse("2023-05-14T09:30:00Z"), a.published().orElseThrow());
    }

    @Test
    void takesTheDateFromTheUrlWhenThePageGivesNone() {
      Article a = extract(page("<title>Harbour</title>", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals(LocalDate.of(2023, 5, 14), a.published().orElseThrow().toLocalDate());
    }

    @Test
    void readsWrittenDatesInFrench() {
      Article a = EXTRACTOR.extract(Page.of(page("", "<p class=date>Publié le 9 juin 2024 à 21h05</p><article>"
          + PARAGRAPHS + "</article>"), "https://example.fr/politique/article"));
      assertEquals(OffsetDateTime.parse("2024-06-09T21:05Z"), a.published().orElseThrow());
    }

    @Test
    void readsTheSectionAndTheTagsWithoutRepeats() {
      Article a = extract(page("<meta property=article:section content=\"Local\">"
          + "<meta property=article:tag content=\"Harbours\"><meta property=article:tag content=\"Fishing\">"
          + "<meta name=keywords content=\"harbours, dredging; port authority,, \">", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals("Local", a.section());
      assertEquals(List.of("Harbours", "Fishing", "dredging", "port authority"), a.tags());
    }

    @Test
    void prefersTheJsonLdSectionAndKeywords() {
      String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleSection\":[\"World\",\"Europe\"],"
          + "\"keywords\":[\"Ports\",\"Trade\"]}</script>";
      Article a = extract(page(jsonLd + "<meta property=article:section content=\"Local\">", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals("World", a.section());
      assertEquals(List.of("Ports", "Trade"), a.tags());
    }

    @Test
    void leavesSectionAndTagsEmptyWhenThePageNamesNone() {
      Article a = extract(page("<title>Harbour</title>", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals("", a.section());
      assertEquals(List.of(), a.tags());
    }

    @Test
    void usesCanonicalUrlAndDeclaredLanguage() {
      Article a = extract(page("<link rel=canonical href=\"/2023/05/14/harbour-reopens\">", "<article>" + PARAGRAPHS + "</article>"));
      assertEquals(URI.create("https://news.example.org/2023/05/14/harbour-reopens"), a.canonicalUrl());
      assertEquals("en", a.language());
    }

    @Test
    void guessesTheLanguageWhenThePageDoesNotDeclareIt() {
      String french = "<html><body><article><p>Le port a rouvert dimanche après trois semaines de travaux, et les"
          + " premiers bateaux sont arrivés dans la matinée pour la saison.</p><p>Les pêcheurs disent que la fermeture"
          + " leur a coûté une grande partie de la saison, et ils demandent une aide de la ville.</p><p>Le conseil"
          + " votera sur la demande le mois prochain, selon une porte-parole de la mairie.</p></article></body></html>";
      assertEquals("fr", extract(french).language());
    }
  }

  @Nested
  class Encodings {
    @Test
    void decodesWindows1252DeclaredInAMetaTag() {
      String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
          "<article><p>“Amélie’s café” reopened — finally — on Sunday after three weeks of dredging in the harbour"
              + " and the port.</p>" + PARAGRAPHS + "</article>");
      byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
      Article a = EXTRACTOR.extract(Page.of(bytes, URI.create(URL)));
      assertTrue(a.text().startsWith("“Amélie’s café” reopened — finally —"), a.text());
    }

    @Test
    void decodesUtf16WithByteOrderMarkEvenWhenTheHeaderSaysOtherwise() {
      String html = page("", "<article>" + PARAGRAPHS.replace("harbour", "härbour") + "</article>");
      byte[] bytes = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
      Article a = EXTRACTOR.extract(Page.of(bytes, URI.create(URL), StandardCharsets.ISO_8859_1));
      assertTrue(a.text().contains("The härbour reopened"), a.text());
    }

    @Test
    void headerCharsetWinsOverNothing() {
      byte[] bytes = page("", "<article>" + PARAGRAPHS.replace("harbour", "hårbour") + "</article>")
          .getBytes(StandardCharsets.ISO_8859_1);
      Article a = EXTRACTOR.extract(Page.of(bytes, URI.create(URL), StandardCharsets.ISO_8859_1));
      assertTrue(a.text().contains("hårbour"));
    }
  }

  @Nested
  class BadInput {
    @Test
    void rejectsAnEmptyPageNamingIt() {
      ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(Page.of(new byte[0], URI.create(URL))));
      assertEquals(URI.create(URL), e.uri());
      assertTrue(e.getMessage().contains(URL) && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void rejectsAWhitespaceOnlyPage() {
      assertThrows(ExtractionException.class, () -> extract("  \n\t  "));
    }

    @Test
    void rejectsBytesThatAreNotHtml() {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
      ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(Page.of(png, URI.create(URL))));
      assertTrue(e.getMessage().contains("not HTML"), e.getMessage());
    }

    @Test
    void fallsBackToUtf8WhenThePageDeclaresAnUnknownCharset() {
      byte[] bytes = page("", "<article>" + PARAGRAPHS + "</article>").getBytes(StandardCharsets.UTF_8);
      // Page takes a Charset, so an unknown name can only come from the page itself: it falls back.
      byte[] declared = ("<meta charset=\"x-no-such-charset\">" + new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      assertTrue(EXTRACTOR.extract(Page.of(declared, URI.create(URL))).text().contains("harbour"));
    }
  }
}
