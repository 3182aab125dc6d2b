package dev.newsdesk.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class WordStemmerTest {

  private static WordStemmer english() {
    return new WordStemmer(in -> new PorterStemFilter(new StopFilter(in, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
  }

  /** The filters alone on one word, with nothing remembered. */
  private static String filtered(String word) throws IOException {
    KeywordTokenizer tokenizer = new KeywordTokenizer();
    tokenizer.setReader(new StringReader(word));
    try (TokenStream stream = new PorterStemFilter(new StopFilter(tokenizer, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : null;
      stream.end();
      return stem;
    }
  }

  private static String stem(WordStemmer stemmer, String word) {
    // A buffer longer than the word, as a tokenizer's is.
    char[] buffer = Arrays.copyOf(word.toCharArray(), word.length() + 8);
    char[] stem = stemmer.stem(buffer, word.length());
    return stem == null ? null : new String(stem);
  }

  @Test
  void remembersStemsAcrossMoreWordsThanItHoldsWithoutMixingThemUp() throws IOException {
    WordStemmer stemmer = english();
    List<String> words = new ArrayList<>();
    String[] endings = {"", "s", "ing", "ed", "ation", "ly"};
    for (int i = 0; words.size() < WordStemmer.REMEMBERED * 3; i++) {
      String root = Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'q' + c - '0' : c + 1)))
          .reduce("", String::concat);
      for (String ending : endings) {
        words.add("w" + root + ending);
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      for (String word : words) {
        assertEquals(filtered(word), stem(stemmer, word), word);
      }
    }
  }

  @Test
  void knowsWhetherItsFiltersLeaveShortWordsAlone() {
    assertTrue(english().leavesShortWordsAlone());
    assertFalse(new WordStemmer(GermanNormalizationFilter::new).leavesShortWordsAlone(), "German makes \"ae\" \"a\"");
  }

  @Test
  void dropsStopWordsEveryTimeTheyAreAsked() {
    WordStemmer stemmer = english();
    for (int i = 0; i < 3; i++) {
      assertNull(stem(stemmer, "the"));
      assertEquals("troop", stem(stemmer, "troops"));
    }
  }
}
