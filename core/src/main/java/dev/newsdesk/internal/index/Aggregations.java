package dev.newsdesk.internal.index;

import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.search.EntityCount;
import dev.newsdesk.search.Facet;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Counts over every document a query matches: keyword facets with lucene-facet's sorted-set
 * counts, and date histograms from the {@code published_day} doc values.
 */
final class Aggregations {
  static final FacetsConfig CONFIG = config();

  /** The ordinal map of the last reader seen; rebuilding it costs a pass over its values. */
  private volatile DefaultSortedSetDocValuesReaderState state;

  private static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    List<String> multiValued = new ArrayList<>(List.of(Schema.TYPE, Schema.BYLINE, Schema.TAG));
    for (EntityType type : EntityType.values()) {
      multiValued.add(Documents.entityDimension(type));
    }
    multiValued.forEach(dimension -> config.setMultiValued(dimension, true));
    List<String> dimensions = new ArrayList<>(multiValued);
    dimensions.addAll(List.of(Schema.SITE, Schema.LANGUAGE, Schema.SECTION));
    // Facets are only counted: filters use the schema's own keyword fields, so no drill-down terms.
    dimensions.forEach(dimension -> config.setDrillDownTermsIndexing(dimension, FacetsConfig.DrillDownTermsIndexing.NONE));
    return config;
  }

  Map<String, Map<String, Long>> facets(IndexSearcher searcher, Query query, List<Facet> facets) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    if (facets.isEmpty()) {
      return out;
    }
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    Optional<SortedSetDocValuesFacetCounts> counts = counts(searcher.getIndexReader(), matches);
    for (Facet facet : facets) {
      Map<String, Long> values = switch (facet.kind()) {
        case DATES -> histogram(matches, facet.interval());
        case ENTITIES -> facet.entityType().isPresent()
            ? top(counts, Documents.entityDimension(facet.entityType().get()), facet.limit())
            : topOfAllTypes(counts, facet.limit());
        case TYPES -> upperCased(top(counts, Schema.TYPE, facet.limit()));
        case SITES -> top(counts, Schema.SITE, facet.limit());
        case LANGUAGES -> top(counts, Schema.LANGUAGE, facet.limit());
        case BYLINES -> top(counts, Schema.BYLINE, facet.limit());
        case SECTIONS -> top(counts, Schema.SECTION, facet.limit());
        case TAGS -> top(counts, Schema.TAG, facet.limit());
      };
      out.put(facet.name(), values);
    }
    return out;
  }

  /** The entities most mentioned among the matches, except {@code excluded} ids. */
  List<EntityCount> topEntities(IndexSearcher searcher, Query query, Set<String> excluded, int limit) throws IOException {
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    Map<String, Long> top = topOfAllTypes(counts(searcher.getIndexReader(), matches), limit + excluded.size());
    List<EntityCount> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : top.entrySet()) {
      if (!excluded.contains(e.getKey()) && out.size() < limit) {
        out.add(describe(searcher, e.getKey(), e.getValue()));
      }
    }
    return out;
  }

  /** How many matches mention entity {@code id}. */
  long count(IndexSearcher searcher, Query query, String id) throws IOException {
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    Optional<SortedSetDocValuesFacetCounts> counts = counts(searcher.getIndexReader(), matches);
    if (counts.isEmpty()) {
      return 0;
    }
    long mentioning = 0;
    for (EntityType type : EntityType.values()) {
      try {
        mentioning += Math.max(0, counts.get().getSpecificValue(Documents.entityDimension(type), id).longValue());
      } catch (IllegalArgumentException noSuchDimension) {
        // no document has an entity of this type yet
      }
    }
    return mentioning;
  }

  /**
   * An entity id with the name and type an article that mentions it stored. The entity keys also
   * hold names and aliases, which another entity's id may equal: the first few articles are read.
   */
  static EntityCount describe(IndexSearcher searcher, String id, long articles) throws IOException {
    TopDocs some = searcher.search(new TermQuery(new Term(Schema.ENTITY, Schema.keyword(id))), DESCRIBING_ARTICLES);
    for (ScoreDoc sd : some.scoreDocs) {
      for (Entity e : Documents.entities(searcher.storedFields().document(sd.doc))) {
        if (e.id().equals(id)) {
          return new EntityCount(id, e.name(), e.type(), articles);
        }
      }
    }
    return new EntityCount(id, id, EntityType.ORGANIZATION, articles);
  }

  /** The articles {@link #describe} reads at most to find an entity's name. */
  private static final int DESCRIBING_ARTICLES = 10;

  /** Matches per publication day (in each article's own zone), bucketed, oldest first. */
  Map<String, Long> histogram(FacetsCollector matches, Facet.Interval interval) throws IOException {
    TreeMap<LocalDate, Long> buckets = new TreeMap<>();
    for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
      if (segment.bits() == null) {
        continue;
      }
      NumericDocValues days = DocValues.getNumeric(segment.context().reader(), Schema.PUBLISHED_DAY);
      DocIdSetIterator docs = segment.bits().iterator();
      if (docs == null) {
        continue;
      }
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (days.advanceExact(doc)) {
          buckets.merge(bucket(LocalDate.ofEpochDay(days.longValue()), interval), 1L, Long::sum);
        }
      }
    }
    Map<String, Long> out = new LinkedHashMap<>();
    buckets.forEach((day, count) -> out.put(day.toString(), count));
    return out;
  }

  static LocalDate bucket(LocalDate day, Facet.Interval interval) {
    return switch (interval) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  private Optional<SortedSetDocValuesFacetCounts> counts(IndexReader reader, FacetsCollector matches) throws IOException {
    DefaultSortedSetDocValuesReaderState current = stateFor(reader);
    return current == null ? Optional.empty() : Optional.of(new SortedSetDocValuesFacetCounts(current, matches));
  }

  private static Map<String, Long> top(Optional<SortedSetDocValuesFacetCounts> counts, String dimension, int limit) throws IOException {
    Map<String, Long> values = new LinkedHashMap<>();
    if (counts.isEmpty()) {
      return values;
    }
    try {
      FacetResult result = counts.get().getTopChildren(limit, dimension);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.put(lv.label, lv.value.longValue());
        }
      }
    } catch (IllegalArgumentException noSuchDimension) {
      // no document has this dimension yet
    }
    return values;
  }

  /**
   * The entities of every type most mentioned: each is counted in its type's dimension only, and
   * the most mentioned of all types are among the most mentioned of their own type. Ties go to
   * the smaller id, as within one dimension.
   */
  private static Map<String, Long> topOfAllTypes(Optional<SortedSetDocValuesFacetCounts> counts, int limit) throws IOException {
    List<Map.Entry<String, Long>> all = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      all.addAll(top(counts, Documents.entityDimension(type), limit).entrySet());
    }
    all.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> out = new LinkedHashMap<>();
    all.stream().limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static Map<String, Long> upperCased(Map<String, Long> values) {
    Map<String, Long> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k.toUpperCase(Locale.ROOT), v));
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
