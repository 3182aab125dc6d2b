package dev.newsdesk.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'  two   spaces '|two spaces",
    "'tab\tand  more'|tab and more",
    "'no\u00A0break\u2009thin'|no break thin",
    "'zero\u200Bwidth soft\u00ADhyphen'|zerowidth softhyphen",
    "'\uFEFF bom first'|bom first",
    "' \u200B '|''",
  })
  void foldsRunsDropsInvisiblesAndTrims(String text, String expected) {
    assertEquals(expected, Whitespace.normalize(text));
  }

  @Test
  void returnsNormalTextItself() {
    String text = "Already normal, with one space between words.";
    assertSame(text, Whitespace.normalize(text));
  }

  @Test
  void normalTextStaysNormal() {
    long seed = 42;
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "ab \t\n\u00A0\u200B\u00AD\u3000\u2028é";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String once = Whitespace.normalize(text.toString());
      assertSame(once, Whitespace.normalize(once), "seed " + seed + ", round " + round);
      assertFalse(once.startsWith(" ") || once.endsWith(" ") || once.contains("  "), "seed " + seed + ", round " + round);
      String expected = text.toString().replaceAll("[\u200B\u00AD]", "").replaceAll("[\\s\u00A0\u3000\u2028]+", " ").strip();
      assertEquals(expected, once, "seed " + seed + ", round " + round);
    }
  }
}
