package dev.newsdesk.internal.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A filter that follows some of its tokens with a stem marked with {@link Schema#STEM_MARK}, at the
 * same position and offsets: the index side ({@link ExactAndStemFilter}) and the query side
 * ({@link StemQueryFilter}) of one field that holds words as written and their stems.
 */
abstract class MarkedStemFilter extends TokenFilter {
  protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  protected final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  protected final WordStemmer stemmer;
  private char[] pendingStem;

  MarkedStemFilter(TokenStream input, WordStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public final boolean incrementToken() throws IOException {
    if (pendingStem != null) {
      // The word's offsets and type stay: the stem is highlighted where the word is.
      char[] buffer = term.resizeBuffer(pendingStem.length + 1);
      buffer[0] = Schema.STEM_MARK;
      System.arraycopy(pendingStem, 0, buffer, 1, pendingStem.length);
      term.setLength(pendingStem.length + 1);
      position.setPositionIncrement(0);
      pendingStem = null;
      return true;
    }
    return nextWord();
  }

  /** Sets the next token from the input, calling {@link #followWith} for a marked stem to follow it. */
  protected abstract boolean nextWord() throws IOException;

  /** Makes the next token {@code stem} (an array the filter keeps unchanged), marked. */
  protected final void followWith(char[] stem) {
    pendingStem = stem;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingStem = null;
  }
}
