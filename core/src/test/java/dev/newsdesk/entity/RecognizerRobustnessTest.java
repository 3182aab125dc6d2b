package dev.newsdesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs no news text should have, and some it does: bounded time, sane output, no exception. */
class RecognizerRobustnessTest {
  private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();

  @Test
  void emptyAndLetterlessTextsHaveNoMentions() {
    assertEquals(Recognition.EMPTY, RECOGNIZER.recognise(""));
    assertEquals(List.of(), RECOGNIZER.recognise("123 456 — 7.89 %% $$ ... 2024-01-25 +44 20 7946 0000").mentions());
  }

  @Test
  void aTenMegabyteTextFinishesInBoundedTime() {
    String paragraph = "Defense Secretary Lloyd Austin met Iraqi officials in Baghdad on Monday. Shiite militias"
        + " attacked a base near Erbil, and the Islamic State claimed an attack in Syria.\n\n";
    StringBuilder text = new StringBuilder();
    while (text.length() < 10_000_000) {
      text.append(paragraph);
    }
    // Generous: this guards against runaway (quadratic) behaviour, not speed; speed is for newsdesk bench.
    Recognition r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RECOGNIZER.recognise(text.toString()));
    assertTrue(r.entity("lloyd-austin").orElseThrow().mentions() > 50_000);
  }

  @Test
  void allCapsHeadlinesDoNotTurnEveryWordIntoAnOrganisation() {
    Recognition r = RECOGNIZER.recognise("IRAN SAYS TALKS WILL GO ON AFTER STRIKES\n\nIran said on Monday that talks would go on.");
    assertTrue(r.mentions().stream().noneMatch(m -> List.of("SAYS", "TALKS", "WILL", "GO", "ON", "AFTER", "STRIKES").contains(m.text())),
        r.mentions().toString());
    assertTrue(r.entity("iran").isPresent());
  }

  @Test
  void urlsNumbersAndMixedScriptsStaySane() {
    String text = "See https://example.com/2024/01/25/iraq-talks?id=42&ref=Austin for details. Москва и Киев"
        + " обменялись пленными; 東京 reported 3,500 cases. Iraq's parliament met at 10:30.";
    Recognition r = RECOGNIZER.recognise(text);
    for (Mention m : r.mentions()) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
    assertTrue(r.entity("iraq").isPresent(), r.mentions().toString());
  }

  @Test
  void randomGarbageNeverThrows() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        text.append((char) (random.nextInt(3) == 0 ? ' ' : 0x20 + random.nextInt(0x2FF)));
      }
      String s = text.toString();
      for (Mention m : RECOGNIZER.recognise(s).mentions()) {
        assertEquals(m.text(), s.substring(m.start(), m.end()), "seed 42, round " + round);
      }
    }
  }

  @Test
  void aHostAddsJaneRoeAndFindsBothForms() {
    EntityRecognizer taught = EntityRecognizer.create(KnowledgeBase.standard().with(
        KnowledgeBase.Entry.of("jane-roe", EntityType.PERSON, "Jane Roe", "J. Roe")));
    Recognition r = taught.recognise("Jane Roe opened the plant in Ohio. Later J. Roe said it would hire 300 workers.");
    List<String> forms = r.mentionsOf("jane-roe").stream().map(Mention::text).toList();
    assertEquals(List.of("Jane Roe", "J. Roe"), forms);
    assertEquals(EntityType.PERSON, r.entity("jane-roe").orElseThrow().type());
  }
}
