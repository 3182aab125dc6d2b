package dev.newsdesk.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.extract.Article;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {
  private static final Fixture SEED = Corpus.fixture("us-iraq-withdrawal-talks");

  private static Article withText(String text) {
    return Article.builder(SEED.url()).title(SEED.expected().title()).text(text).build();
  }

  @Test
  void theExpectedBodyScoresOne() {
    ExtractionScore s = ExtractionScore.of(SEED, withText(SEED.expected().text()));
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
    assertTrue(s.titleMatch());
  }

  @Test
  void halfTheBodyHasFullPrecisionAndAboutHalfRecall() {
    String text = SEED.expected().text();
    ExtractionScore s = ExtractionScore.of(SEED, withText(text.substring(0, text.indexOf("\n\n", text.length() / 2))));
    assertEquals(1.0, s.precision());
    assertEquals(0.5, s.recall(), 0.05);
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    String chrome = " More From Me: five headlines about other things entirely written for the sidebar of the page.";
    ExtractionScore s = ExtractionScore.of(SEED, withText(SEED.expected().text() + chrome));
    assertEquals(1.0, s.recall());
    assertTrue(s.precision() < 1.0 && s.precision() > 0.9, "precision " + s.precision());
  }

  @Test
  void shinglesAreFourTokensAndAShortTextIsOne() {
    assertEquals(Map.of("a b c d", 1, "b c d e", 1), ExtractionScore.shingles("a b, c d e"));
    assertEquals(Map.of("short text", 1), ExtractionScore.shingles("short text"));
    assertEquals(Map.of(), ExtractionScore.shingles(""));
  }

  @Test
  void aDateOnlyExpectationMatchesAnyTimeThatDay() {
    assertTrue(ExtractionScore.publishedMatches(Optional.of("2024-05-07"), Optional.of(OffsetDateTime.parse("2024-05-07T18:00:00Z"))));
    assertTrue(ExtractionScore.publishedMatches(Optional.of("2024-01-25T14:30:00-05:00"), Optional.of(OffsetDateTime.parse("2024-01-25T19:30:00Z"))));
    assertFalse(ExtractionScore.publishedMatches(Optional.empty(), Optional.of(OffsetDateTime.parse("2024-01-25T19:30:00Z"))));
  }
}
