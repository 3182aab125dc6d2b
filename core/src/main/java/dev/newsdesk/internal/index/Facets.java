package dev.newsdesk.internal.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Counts sites, entity types and entities over every document a query matches (lucene-facet). */
final class Facets {
  static final FacetsConfig CONFIG = config();
  private static final String[] DIMENSIONS = {Schema.SITE, Schema.TYPE, Schema.ENTITY_ID, Schema.LANGUAGE};
  private static final int TOP_VALUES = 10;
  private static final Map<String, String> FACET_NAMES =
      Map.of(Schema.SITE, "sites", Schema.TYPE, "types", Schema.ENTITY_ID, "entities", Schema.LANGUAGE, "languages");

  /** The ordinal map of the last reader seen; rebuilding it costs a pass over its values. */
  private volatile DefaultSortedSetDocValuesReaderState state;

  private static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Schema.TYPE, true);
    config.setMultiValued(Schema.ENTITY_ID, true);
    return config;
  }

  Map<String, Map<String, Long>> count(IndexSearcher searcher, Query query) throws IOException {
    DefaultSortedSetDocValuesReaderState current = stateFor(searcher.getIndexReader());
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    if (current == null) {
      return out;
    }
    FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(current, collected);
    for (String dim : DIMENSIONS) {
      Map<String, Long> values = new LinkedHashMap<>();
      try {
        FacetResult result = counts.getTopChildren(TOP_VALUES, dim);
        if (result != null) {
          for (LabelAndValue lv : result.labelValues) {
            values.put(lv.label, lv.value.longValue());
          }
        }
      } catch (IllegalArgumentException noSuchDimension) {
        // no document has this dimension yet
      }
      out.put(FACET_NAMES.get(dim), values);
    }
    return out;
  }

  private DefaultSortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
    DefaultSortedSetDocValuesReaderState cached = state;
    if (cached != null && cached.getReader() == reader) {
      return cached;
    }
    if (reader.numDocs() == 0) {
      return null;
    }
    try {
      cached = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
    } catch (IllegalArgumentException noFacetField) {
      return null;
    }
    state = cached;
    return cached;
  }
}
