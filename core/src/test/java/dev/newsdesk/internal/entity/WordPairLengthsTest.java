package dev.newsdesk.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordPairLengthsTest {

  @Test
  void answersTheLengthsOfEveryPairAddedAndNothingForOthers() {
    WordPairLengths pairs = new WordPairLengths();
    pairs.add("Islamic", "State", WordFacts.nameLength(2));
    pairs.add("Islamic", "State", WordFacts.nameLength(4));
    pairs.add("Islamic", "Revolutionary", WordFacts.nameLength(4));
    assertEquals(WordFacts.nameLength(2) | WordFacts.nameLength(4), pairs.get("Islamic", "State"));
    assertEquals(WordFacts.nameLength(4), pairs.get("Islamic", "Revolutionary"));
    assertEquals(0, pairs.get("State", "Islamic"));
    assertEquals(0, pairs.get("Islamic", "Republic"));
  }

  @Test
  void neverLosesAPairAsTheTableGrows() {
    WordPairLengths pairs = new WordPairLengths();
    Map<String, Long> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String first = "w" + random.nextInt(3_000);
      String second = "v" + random.nextInt(50);
      long bits = WordFacts.nameLength(2 + random.nextInt(6));
      pairs.add(first, second, bits);
      expected.merge(first + " " + second, bits, (a, b) -> a | b);
    }
    expected.forEach((pair, bits) -> {
      String[] words = pair.split(" ");
      long found = pairs.get(words[0], words[1]);
      assertEquals(bits, found & bits, pair); // all its lengths, and more only for a pair sharing its key
    });
  }
}
