package dev.newsdesk.internal.index;

import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's default codec, with a Bloom filter in front of the MinHash band terms. Every added
 * article seeks its {@value #BANDS} bands in every segment, and most seeks find nothing: the filter
 * answers those from memory, where the terms dictionary would load and scan a block of terms.
 * The codec keeps the default's name, so any Lucene reader with lucene-codecs opens the index.
 */
final class IndexCodec extends Lucene104Codec {
  private static final int BANDS = MinHash.SIZE / MinHash.ROWS_PER_BAND;

  /** The share of absent bands the filter lets through to the terms dictionary. */
  private static final float FALSE_POSITIVES = 0.05f;

  private final PostingsFormat bands = new BloomFilteringPostingsFormat(super.getPostingsFormatForField(Schema.MINHASH_BAND), new BandFilters());

  @Override
  public PostingsFormat getPostingsFormatForField(String field) {
    return field.equals(Schema.MINHASH_BAND) ? bands : super.getPostingsFormatForField(field);
  }

  /** Filters sized for every article of a segment having {@value #BANDS} distinct bands. */
  private static final class BandFilters extends BloomFilterFactory {
    /** Past this share of bits set, a filter passes too much to be worth keeping (Lucene's default factory's limit). */
    private static final float SATURATED = 0.9f;

    @Override
    public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
      return FuzzySet.createOptimalSet(Math.max(1, state.segmentInfo.maxDoc() * BANDS), FALSE_POSITIVES);
    }

    @Override
    public boolean isSaturated(FuzzySet set, FieldInfo info) {
      return set.getSaturation() > SATURATED;
    }
  }
}
