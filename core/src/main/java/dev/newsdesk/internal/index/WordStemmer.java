package dev.newsdesk.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A language's stemming filters (possessives or elision, stop words, the stemmer) applied to one
 * lower-cased word at a time, so that a filter can index a word and its stem from a single pass of
 * the tokenizer. The stems of the words seen most recently are remembered: news repeats its words,
 * and a lookup costs less than the filters. Not thread-safe: each token stream owns one.
 *
 * <pre>{@code
 * WordStemmer english = new WordStemmer(PorterStemFilter::new);
 * char[] stem = english.stem(buffer, length); // null for a stop word
 * }</pre>
 */
final class WordStemmer {
  /** Words remembered before the memory starts again: enough for the vocabulary of many articles. */
  static final int REMEMBERED = 8192;

  /** What a stop word is remembered as. */
  private static final char[] STOP = new char[0];

  private final OneWord word = new OneWord();
  private final TokenStream filters;
  private final CharTermAttribute term;
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(REMEMBERED, false);

  WordStemmer(UnaryOperator<TokenStream> chain) {
    filters = chain.apply(word);
    term = word.getAttribute(CharTermAttribute.class);
    try {
      filters.reset();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no reader behind a single word
    }
  }

  /**
   * Whether the filters leave every word of one or two letters a to z as it is, or drop it: true of
   * English (a quarter of its words), not of German, whose normalisation makes "ae" "a". Asked of the
   * filters themselves: 702 words, so callers ask once.
   */
  boolean leavesShortWordsAlone() {
    for (char first = 'a'; first <= 'z'; first++) {
      if (!leftAlone(new char[] {first})) {
        return false;
      }
      for (char second = 'a'; second <= 'z'; second++) {
        if (!leftAlone(new char[] {first, second})) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean leftAlone(char[] word) {
    char[] stem = filtered(word, word.length);
    return stem == STOP || Arrays.equals(stem, word);
  }

  /**
   * The stem of {@code chars[0..length)}, an array of exactly its length that the caller must not
   * change; null when the filters drop the word (a stop word).
   */
  char[] stem(char[] chars, int length) {
    char[] stem = stems.get(chars, 0, length);
    if (stem == null) {
      if (stems.size() >= REMEMBERED) {
        stems.clear();
      }
      stem = filtered(chars, length);
      stems.put(Arrays.copyOf(chars, length), stem);
    }
    return stem == STOP ? null : stem;
  }

  private char[] filtered(char[] chars, int length) {
    word.hold(chars, length);
    try {
      return filters.incrementToken() ? Arrays.copyOf(term.buffer(), term.length()) : STOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A token stream of the one word it was last given; the filters above it share its attributes. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private boolean pending;

    void hold(char[] chars, int length) {
      clearAttributes();
      term.copyBuffer(chars, 0, length);
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      boolean next = pending;
      pending = false;
      return next;
    }
  }
}
