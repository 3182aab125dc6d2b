package dev.newsdesk.internal.index;

import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import dev.newsdesk.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Maps articles to Lucene documents and stored documents back to hits. */
final class Documents {
  private Documents() {}

  /**
   * Body text: analysed, stored, with offsets in the postings for the UnifiedHighlighter. Without
   * them the highlighter re-analyses every hit's body: in the 20,000-article bench a text query
   * then took 1.78 ms instead of 1.02, while indexing cost about the same (2.20 times the baseline
   * against 2.19) and the index was 1.54 times the baseline's size instead of 1.98.
   */
  private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

  static {
    BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY.freeze();
  }

  /** The facet dimension of entities of one type. */
  static String entityDimension(EntityType type) {
    return Schema.ENTITY_ID + "." + type.name();
  }

  static Document toDocument(Article article, Recognition recognition, int[] signature, String story) {
    Document doc = new Document();
    String url = article.canonicalUrl().toString();
    doc.add(new StringField(Schema.URL, url, Field.Store.YES));
    doc.add(new NumericDocValuesField(Schema.URL_HASH, Schema.urlHash(url)));
    doc.add(new StoredField(Schema.FETCHED_URL, article.url().toString()));
    String language = article.language();
    doc.add(new TextField(Schema.languageField(Schema.TITLE, language), article.title(), Field.Store.YES));
    doc.add(new Field(Schema.languageField(Schema.TEXT, language), article.text(), BODY));
    for (String name : article.byline()) {
      doc.add(new StringField(Schema.BYLINE, Schema.keyword(name), Field.Store.NO));
      doc.add(new StoredField(Schema.BYLINE, name));
      doc.add(new SortedSetDocValuesFacetField(Schema.BYLINE, name));
    }
    keywordWithFacet(doc, Schema.SITE, article.site());
    doc.add(new StoredField(Schema.SITE_NAME, article.site()));
    doc.add(new StringField(Schema.HOST, Schema.keyword(bareHost(hostOf(article.canonicalUrl()))), Field.Store.NO));
    keywordWithFacet(doc, Schema.LANGUAGE, language);
    keywordWithFacet(doc, Schema.SECTION, article.section());
    article.tags().stream().map(Schema::keyword).distinct().forEach(tag -> keywordWithFacet(doc, Schema.TAG, tag));
    if (!language.isBlank()) {
      // Only beside the indexed keyword: Lucene wants one field schema per name in every document.
      doc.add(new StoredField(Schema.LANGUAGE, language));
    }
    article.published().ifPresent(p -> {
      long millis = p.toInstant().toEpochMilli();
      int day = Math.toIntExact(p.toLocalDate().toEpochDay());
      doc.add(new LongPoint(Schema.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(Schema.PUBLISHED, millis));
      doc.add(new IntPoint(Schema.PUBLISHED_DAY, day));
      doc.add(new NumericDocValuesField(Schema.PUBLISHED_DAY, day));
      doc.add(new StoredField(Schema.PUBLISHED, p.toString()));
    });
    doc.add(new NumericDocValuesField(Schema.RECENCY, article.published().map(p -> p.toInstant().toEpochMilli()).orElse(0L)));
    article.modified().ifPresent(m -> doc.add(new StoredField(Schema.MODIFIED, m.toString())));
    doc.add(new StoredField(Schema.DESCRIPTION, article.description()));
    article.image().ifPresent(i -> doc.add(new StoredField(Schema.IMAGE, i.toString())));
    doc.add(new StringField(Schema.STORY, story, Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.STORY, new BytesRef(story)));
    doc.add(new BinaryDocValuesField(Schema.MINHASH, new BytesRef(MinHash.toBytes(signature))));
    for (BytesRef band : MinHash.bands(signature)) {
      doc.add(new StringField(Schema.MINHASH_BAND, band, Field.Store.NO));
    }
    addEntities(doc, recognition);
    try {
      return Aggregations.CONFIG.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // building facet fields does no I/O
    }
  }

  private static void keywordWithFacet(Document doc, String field, String value) {
    if (value.isBlank()) {
      return;
    }
    String key = Schema.keyword(value);
    doc.add(new StringField(field, key, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(field, key));
  }

  private static void addEntities(Document doc, Recognition recognition) {
    Set<String> types = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Entity e : recognition.entities()) {
      // Counted in its type's dimension alone: entities of all types are counted from those.
      doc.add(new SortedSetDocValuesFacetField(entityDimension(e.type()), e.id()));
      keys.add(Schema.keyword(e.id()));
      keys.add(Schema.keyword(e.name()));
      e.aliases().forEach(a -> keys.add(Schema.keyword(a)));
      types.add(e.type().name());
      doc.add(new StoredField(Schema.ENTITIES_STORED,
          String.join("\t", e.id(), e.type().name(), Integer.toString(e.mentions()),
              Double.toString(e.salience()), e.name())));
    }
    keys.forEach(k -> doc.add(new StringField(Schema.ENTITY, k, Field.Store.NO)));
    for (String type : types) {
      String key = Schema.keyword(type);
      doc.add(new StringField(Schema.TYPE, key, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Schema.TYPE, key));
    }
  }

  /** A hit from a stored (or about to be indexed) document. */
  static Hit toHit(Document doc, float score, String snippet, Optional<String> explanation) {
    return new Hit(
        URI.create(doc.get(Schema.URL)),
        title(doc),
        published(doc),
        Optional.ofNullable(doc.get(Schema.SITE_NAME)).orElse(""),
        List.of(doc.getValues(Schema.BYLINE)),
        Optional.ofNullable(doc.get(Schema.LANGUAGE)).orElse(""),
        score,
        snippet,
        entities(doc),
        Optional.ofNullable(doc.get(Schema.STORY)).orElse(""),
        explanation);
  }

  static String title(Document doc) {
    for (String field : Schema.allLanguages(Schema.TITLE)) {
      String title = doc.get(field);
      if (title != null) {
        return title;
      }
    }
    return "";
  }

  /**
   * The stored publication time. A document just built for indexing (what saved queries see) also
   * holds the time as a point and as doc values under the same name, whose string value is the
   * epoch milliseconds: only the stored field is read.
   */
  static Optional<OffsetDateTime> published(Document doc) {
    for (IndexableField field : doc.getFields(Schema.PUBLISHED)) {
      if (field.fieldType().stored() && field.stringValue() != null) {
        return Optional.of(OffsetDateTime.parse(field.stringValue()));
      }
    }
    return Optional.empty();
  }

  static List<Entity> entities(Document doc) {
    List<Entity> entities = new ArrayList<>();
    for (IndexableField field : doc.getFields(Schema.ENTITIES_STORED)) {
      String[] f = field.stringValue().split("\t", 5);
      entities.add(new Entity(f[0], f[4], EntityType.valueOf(f[1]), List.of(), Integer.parseInt(f[2]), Double.parseDouble(f[3])));
    }
    return entities;
  }

  static String hostOf(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost();
  }

  /** "www.example.com" → "example.com"; a site name is returned as is. */
  static String bareHost(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
