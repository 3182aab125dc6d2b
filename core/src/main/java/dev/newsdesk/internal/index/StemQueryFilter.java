package dev.newsdesk.internal.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;

/**
 * The query side of {@link ExactAndStemFilter}: each word becomes its stem and, at the same
 * position, the marked stem, so the query parser asks for both as synonyms: the words whose stem
 * is themselves and the words indexed with that stem beside them. Stop words are removed, leaving
 * their position.
 */
final class StemQueryFilter extends MarkedStemFilter {

  StemQueryFilter(TokenStream input, WordStemmer stemmer) {
    super(input, stemmer);
  }

  @Override
  protected boolean nextWord() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      char[] stem = stemmer.stem(term.buffer(), term.length());
      if (stem == null) {
        skipped += position.getPositionIncrement();
        continue;
      }
      term.copyBuffer(stem, 0, stem.length);
      position.setPositionIncrement(position.getPositionIncrement() + skipped);
      followWith(stem);
      return true;
    }
    return false;
  }
}
