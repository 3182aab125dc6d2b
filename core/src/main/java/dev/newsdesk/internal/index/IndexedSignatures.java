package dev.newsdesk.internal.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The MinHash signatures a searcher sees. Articles sharing {@value MinHash#BANDS_TO_COMPARE} bands
 * with a signature are the candidates: one terms enum per segment seeks the bands in order, and the candidates' signatures,
 * URL hashes and stories come from doc values read in document order. Most articles have no near-duplicate, so the check is
 * mostly seeks that find nothing: no query, weight or scorer is built for it.
 */
final class IndexedSignatures {
  /**
   * The articles of one segment read from each band's list: its oldest, for a band many share. In
   * the synthetic corpus, whose templated sentences make many bands common, reading 4, 8, 16 or 64
   * of each band finds the same planted copies within a point of a thousand (100,000 articles).
   */
  static final int MAX_BAND_ARTICLES = 16;

  private IndexedSignatures() {}

  /** The story of the first indexed near-duplicate of {@code signature}, other than {@code url}. */
  static Optional<String> storyOf(IndexSearcher searcher, int[] signature, String url) throws IOException {
    BytesRef[] bands = MinHash.bands(signature); // in term order: each starts with its band's number
    long self = Schema.urlHash(url);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Optional<String> story = storyIn(leaf.reader(), bands, signature, self);
      if (story.isPresent()) {
        return story;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> storyIn(LeafReader segment, BytesRef[] bands, int[] signature, long self) throws IOException {
    Terms terms = segment.terms(Schema.MINHASH_BAND);
    if (terms == null) {
      return Optional.empty();
    }
    int[] candidates = candidates(terms.iterator(), bands);
    if (candidates.length == 0) {
      return Optional.empty();
    }
    // In document order, so that one forward-only doc values iterator of each kind reads them all.
    Bits live = segment.getLiveDocs();
    BinaryDocValues signatures = DocValues.getBinary(segment, Schema.MINHASH);
    NumericDocValues hashes = DocValues.getNumeric(segment, Schema.URL_HASH);
    for (int doc : candidates) {
      if ((live == null || live.get(doc)) && signatures.advanceExact(doc)
          && MinHash.isNear(signature, signatures.binaryValue())
          && (hashes.advanceExact(doc) ? hashes.longValue() : 0) != self) {
        return Optional.of(story(segment, doc));
      }
    }
    return Optional.empty();
  }

  /**
   * The articles of a segment that share at least {@value MinHash#BANDS_TO_COMPARE} bands with the
   * signature, each once, in document order. Of a band, only the first {@value #MAX_BAND_ARTICLES}
   * articles are read: a band many articles share is either a story copied many times, whose first
   * copies answer for it, or text many articles repeat (templated results, boilerplate), which
   * would otherwise make every check as slow as the index is big.
   */
  private static int[] candidates(TermsEnum bandTerms, BytesRef[] bands) throws IOException {
    int[] found = new int[16];
    int count = 0;
    PostingsEnum docs = null;
    for (BytesRef band : bands) {
      if (!bandTerms.seekExact(band)) {
        continue;
      }
      docs = bandTerms.postings(docs, PostingsEnum.NONE);
      int read = 0;
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && read++ < MAX_BAND_ARTICLES; doc = docs.nextDoc()) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = doc;
      }
    }
    Arrays.sort(found, 0, count);
    int kept = 0;
    for (int run = 0; run < count; ) {
      int end = run;
      while (end < count && found[end] == found[run]) {
        end++;
      }
      if (end - run >= MinHash.BANDS_TO_COMPARE) {
        found[kept++] = found[run];
      }
      run = end;
    }
    return Arrays.copyOf(found, kept);
  }

  private static String story(LeafReader segment, int doc) throws IOException {
    SortedDocValues stories = DocValues.getSorted(segment, Schema.STORY);
    return stories.advanceExact(doc) ? stories.lookupOrd(stories.ordValue()).utf8ToString() : "";
  }
}
