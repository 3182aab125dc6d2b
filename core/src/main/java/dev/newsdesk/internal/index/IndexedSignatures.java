package dev.newsdesk.internal.index;

import java.io.IOException;
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
 * The MinHash signatures a searcher sees. Articles sharing a band with a signature are the
 * candidates: one terms enum per segment seeks the bands in order, and a candidate's signature,
 * URL hash and story come from doc values. Most articles have no near-duplicate, so the check is
 * mostly seeks that find nothing: no query, weight or scorer is built for it.
 */
final class IndexedSignatures {
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
    TermsEnum bandTerms = terms.iterator();
    Bits live = segment.getLiveDocs();
    PostingsEnum docs = null;
    for (BytesRef band : bands) {
      if (!bandTerms.seekExact(band)) {
        continue;
      }
      docs = bandTerms.postings(docs, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if ((live == null || live.get(doc)) && near(segment, doc, signature) && urlHash(segment, doc) != self) {
          return Optional.of(story(segment, doc));
        }
      }
    }
    return Optional.empty();
  }

  /** Doc values iterate forward only, and candidates come band by band: a fresh iterator per candidate. */
  private static boolean near(LeafReader segment, int doc, int[] signature) throws IOException {
    BinaryDocValues signatures = DocValues.getBinary(segment, Schema.MINHASH);
    return signatures.advanceExact(doc) && MinHash.similarity(signature, signatures.binaryValue()) >= MinHash.NEAR;
  }

  private static long urlHash(LeafReader segment, int doc) throws IOException {
    NumericDocValues hashes = DocValues.getNumeric(segment, Schema.URL_HASH);
    return hashes.advanceExact(doc) ? hashes.longValue() : 0;
  }

  private static String story(LeafReader segment, int doc) throws IOException {
    SortedDocValues stories = DocValues.getSorted(segment, Schema.STORY);
    return stories.advanceExact(doc) ? stories.lookupOrd(stories.ordValue()).utf8ToString() : "";
  }
}
