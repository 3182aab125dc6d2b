package dev.newsdesk.internal.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;

/**
 * Indexes every word as written (lower-cased, stop words kept) and, at the same position, its
 * stem marked with {@link Schema#STEM_MARK} where the stem differs: one field then answers both
 * exact phrases and stemmed words from one pass of the tokenizer. A stemmed search for {@code s}
 * asks for {@code s} and the marked {@code s} ({@link StemQueryFilter}).
 */
final class ExactAndStemFilter extends MarkedStemFilter {

  /** Whether words of one or two letters a to z are their own stems or stop words in this language. */
  private final boolean shortWordsAlone;

  ExactAndStemFilter(TokenStream input, WordStemmer stemmer) {
    super(input, stemmer);
    this.shortWordsAlone = stemmer.leavesShortWordsAlone();
  }

  @Override
  protected boolean nextWord() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (shortWordsAlone && isShortAsciiWord()) {
      return true; // its own stem or a stop word: no marked stem follows it
    }
    char[] stem = stemmer.stem(term.buffer(), term.length());
    if (stem != null && !Arrays.equals(stem, 0, stem.length, term.buffer(), 0, term.length())) {
      followWith(stem);
    }
    return true;
  }

  /** Whether the word is one or two letters a to z, which the stemmer's memory need not be asked of where the filters leave them alone. */
  private boolean isShortAsciiWord() {
    int length = term.length();
    char[] chars = term.buffer();
    return length <= 2 && chars[0] >= 'a' && chars[0] <= 'z' && (length == 1 || chars[1] >= 'a' && chars[1] <= 'z');
  }
}
