package dev.newsdesk.internal.index;

import dev.newsdesk.internal.text.Whitespace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A snippet of each hit's body, by the UnifiedHighlighter over the offsets in the postings. The
 * hits' stored documents are loaded once for the hits themselves; the highlighter reads the bodies
 * from them instead of decompressing every document a second time.
 */
final class Snippets {
  private Snippets() {}

  private static final int SNIPPET_CHARS = 240;
  private static final String[] BODIES = Schema.allLanguages(Schema.TEXT).toArray(String[]::new);
  private static final DefaultPassageFormatter BOLD = new DefaultPassageFormatter("<b>", "</b>", "… ", false);
  private static final DefaultPassageFormatter PLAIN = new DefaultPassageFormatter("", "", "… ", false);

  /**
   * One snippet per hit, in the order of {@code docIds}; "" where a body has none. {@code fields}
   * are the reader's: a new highlighter would merge them over the segments for every search.
   */
  static String[] of(IndexSearcher searcher, FieldInfos fields, Query query, int[] docIds, Map<Integer, Document> loaded,
      boolean highlight) throws IOException {
    String[] snippets = new String[docIds.length];
    Arrays.fill(snippets, "");
    if (docIds.length == 0) {
      return snippets;
    }
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, Schema.analyzer())
        .withMaxNoHighlightPassages(1)
        .withFormatter(highlight ? BOLD : PLAIN)
        .withMaxLength(10_000);
    String[] bodies = Arrays.stream(BODIES).filter(f -> fields.fieldInfo(f) != null).toArray(String[]::new);
    int[] passages = new int[bodies.length];
    Arrays.fill(passages, 1);
    Map<String, String[]> byField = new LoadedBodies(builder, fields, loaded).highlightFields(bodies, query, docIds, passages);
    for (int i = 0; i < snippets.length; i++) {
      for (String field : bodies) {
        String candidate = byField.get(field)[i];
        if (candidate != null && !candidate.isBlank()) {
          snippets[i] = shorten(Whitespace.normalize(candidate));
          break;
        }
      }
    }
    return snippets;
  }

  private static String shorten(String snippet) {
    return snippet.length() > SNIPPET_CHARS * 2 ? snippet.substring(0, SNIPPET_CHARS * 2) + "…" : snippet;
  }

  /** A highlighter that takes field values from documents already loaded. */
  private static final class LoadedBodies extends UnifiedHighlighter {
    private final FieldInfos infos;
    private final Map<Integer, Document> loaded;

    LoadedBodies(Builder builder, FieldInfos infos, Map<Integer, Document> loaded) {
      super(builder);
      this.infos = infos;
      this.loaded = loaded;
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
      return infos.fieldInfo(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Document document = loaded.get(doc);
        CharSequence[] perField = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String value = document.get(fields[f]);
          perField[f] = value == null ? "" : value;
        }
        values.add(perField);
      }
      return values;
    }
  }
}
