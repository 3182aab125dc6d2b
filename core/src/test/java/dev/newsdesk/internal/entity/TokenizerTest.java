package dev.newsdesk.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  /** The token grammar the hand-written scan implements, as a regular expression. */
  private static final Pattern GRAMMAR = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*\\.?|\\S");

  /** Letters of several scripts and cases, digits and other numbers, apostrophes, periods, spaces of several kinds, symbols, surrogates. */
  private static final String[] PIECES = {
    "A", "U", "b", "z", "É", "é", "Ω", "ω", "中", "ア", "7", "²", "Ⅻ", ".", ".", "'", "’", " ", " ", "\n", "\t",
    "\u00A0", "\u200B", "-", "—", "(", ")", ",", "\uD835\uDC00", "\uD835\uDFCE", "\uD835", "\uDC00", "'s", "’s"
  };

  @Test
  void splitsTextAsItsGrammarDoes() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      assertEquals(grammarTokens(s), scannedTokens(s), () -> "seed " + seed + ", text \"" + s + "\"");
    }
  }

  @Test
  void keepsAbbreviationsAndAcronymsWholeAndSplitsFullStopsAndPossessives() {
    List<String> tokens = Tokenizer.tokenize("Gen. Smith met U.S. envoys in China’s capital. They left.")
        .stream().map(Token::text).toList();
    assertEquals(List.of("Gen.", "Smith", "met", "U.S.", "envoys", "in", "China", "’s", "capital", ".", "They", "left", "."), tokens);
  }

  @Test
  void aFullStopAfterAPossessiveEndsTheSentence() {
    List<Token> tokens = Tokenizer.tokenize("The deal was China’s. Beijing agreed.");
    assertEquals(List.of("The", "deal", "was", "China", "’s", ".", "Beijing", "agreed", "."), tokens.stream().map(Token::text).toList());
    assertEquals(true, tokens.get(6).sentenceStart());
  }

  private static List<String> grammarTokens(String s) {
    List<String> spans = new ArrayList<>();
    Matcher m = GRAMMAR.matcher(s);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  private static List<String> scannedTokens(String s) {
    List<String> spans = new ArrayList<>();
    int at = 0;
    while (at < s.length()) {
      if (Tokenizer.isSpace(s.charAt(at))) {
        at++;
        continue;
      }
      int end = Tokenizer.tokenEnd(s, at);
      spans.add(at + "-" + end);
      at = end;
    }
    return spans;
  }
}
