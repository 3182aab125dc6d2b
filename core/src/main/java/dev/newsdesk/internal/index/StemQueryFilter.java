package dev.newsdesk.internal.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The query side of {@link ExactAndStemFilter}: each word becomes its stem and, at the same
 * position, the marked stem, so the query parser asks for both as synonyms: the words whose stem
 * is themselves and the words indexed with that stem beside them. Stop words are removed, leaving
 * their position.
 */
final class StemQueryFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final WordStemmer stemmer;
  private char[] pendingStem;

  StemQueryFilter(TokenStream input, WordStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingStem != null) {
      ExactAndStemFilter.marked(term, pendingStem);
      position.setPositionIncrement(0);
      pendingStem = null;
      return true;
    }
    int skipped = 0;
    while (input.incrementToken()) {
      char[] stem = stemmer.stem(term.buffer(), term.length());
      if (stem == null) {
        skipped += position.getPositionIncrement();
        continue;
      }
      term.copyBuffer(stem, 0, stem.length);
      position.setPositionIncrement(position.getPositionIncrement() + skipped);
      pendingStem = stem;
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingStem = null;
  }
}
