package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.fetch.Page;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt: each gives an article or a typed error, in bounded time (the limits guard
 * against runaway behaviour, not speed; speed is measured by newsdesk bench).
 */
class HostilePagesTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();
  private static final URI URL = URI.create("https://news.example.org/2024/02/02/hostile");
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final String PARAGRAPH = "<p>The council met on Tuesday to discuss the harbour, and members agreed that"
      + " the dredging would continue through the spring, according to the minutes.</p>";

  private static Article extract(byte[] bytes) {
    return assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(Page.of(bytes, URL)));
  }

  @Test
  void truncatedHtmlStillGivesItsText() {
    String page = "<html><head><title>Harbour</title></head><body><article>" + PARAGRAPH.repeat(4) + "<p>The mayor said the wor";
    Article a = extract(page.getBytes(StandardCharsets.UTF_8));
    assertTrue(a.text().contains("dredging would continue"));
  }

  @Test
  void binaryGarbageIsATypedError() {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(Page.of(garbage, URL)));
  }

  @Test
  void aTwentyMegabytePageFinishes() {
    StringBuilder page = new StringBuilder("<html><body><nav><a href=/>Home</a></nav><article>");
    while (page.length() < 20_000_000) {
      page.append(PARAGRAPH);
    }
    page.append("</article></body></html>");
    assertTrue(extract(page.toString().getBytes(StandardCharsets.UTF_8)).hasBody());
  }

  @Test
  void tenThousandNestedDivsDoNotOverflowTheStack() {
    String page = "<html><body>" + "<div>".repeat(10_000) + PARAGRAPH.repeat(3) + "</div>".repeat(10_000) + "</body></html>";
    assertTrue(extract(page.getBytes(StandardCharsets.UTF_8)).text().contains("dredging"));
  }

  @Test
  void aWrongDeclaredCharsetStillDecodes() {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><article>"
        + PARAGRAPH.replace("harbour", "Hafenbecken für Fähren") + PARAGRAPH + "</article></body></html>";
    Article a = extract(page.getBytes(StandardCharsets.UTF_8));
    assertTrue(a.hasBody());
    assertTrue(a.text().contains("dredging"));
  }

  @Test
  void anEmptyBodyHasNoArticle() {
    assertFalse(extract("<html><head><title>Nothing</title></head><body></body></html>".getBytes(StandardCharsets.UTF_8)).hasBody());
  }

  @Test
  void aPaywallPromptAloneIsNoArticle() {
    String page = "<html><body><h1>Budget talks collapse</h1><p class=teaser>Ministers failed to agree.</p>"
        + "<div class=paywall><h2>Subscribe to continue reading</h2><p>Get unlimited access for $1 a week."
        + " Cancel anytime.</p><a href=/subscribe>Subscribe now</a> <a href=/login>Log in</a></div></body></html>";
    Article a = extract(page.getBytes(StandardCharsets.UTF_8));
    assertFalse(a.hasBody(), a.text());
    assertTrue(a.title().contains("Budget talks"));
  }
}
