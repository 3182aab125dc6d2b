package dev.newsdesk.internal.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Indexes every word as written (lower-cased, stop words kept) and, at the same position, its
 * stem marked with {@link Schema#STEM_MARK} where the stem differs: one field then answers both
 * exact phrases and stemmed words from one pass of the tokenizer. A stemmed search for {@code s}
 * asks for {@code s} and the marked {@code s} ({@link StemQueryFilter}).
 */
final class ExactAndStemFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final WordStemmer stemmer;
  private char[] pendingStem;

  ExactAndStemFilter(TokenStream input, WordStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingStem != null) {
      // The word's offsets and type stay: the stem is highlighted where the word is.
      marked(term, pendingStem);
      position.setPositionIncrement(0);
      pendingStem = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] stem = stemmer.stem(term.buffer(), term.length());
    if (stem != null && !Arrays.equals(stem, 0, stem.length, term.buffer(), 0, term.length())) {
      pendingStem = stem;
    }
    return true;
  }

  /** Sets {@code term} to {@link Schema#STEM_MARK} followed by {@code stem}. */
  static void marked(CharTermAttribute term, char[] stem) {
    char[] buffer = term.resizeBuffer(stem.length + 1);
    buffer[0] = Schema.STEM_MARK;
    System.arraycopy(stem, 0, buffer, 1, stem.length);
    term.setLength(stem.length + 1);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingStem = null;
  }
}
