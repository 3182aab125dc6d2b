package dev.newsdesk.internal.index;

import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/** Maps articles to Lucene documents and stored documents back to hits. */
final class Documents {
  private Documents() {}

  /** Body text: analysed, stored, with offsets in the postings for the UnifiedHighlighter. */
  private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

  static {
    BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY.freeze();
  }

  static Document toDocument(Article article, Recognition recognition) {
    Document doc = new Document();
    doc.add(new StringField(Schema.URL, article.canonicalUrl().toString(), Field.Store.YES));
    doc.add(new StoredField(Schema.FETCHED_URL, article.url().toString()));
    doc.add(new TextField(Schema.TITLE, article.title(), Field.Store.YES));
    doc.add(new Field(Schema.TEXT, article.text(), BODY));
    for (String name : article.byline()) {
      doc.add(new StringField(Schema.BYLINE, Schema.keyword(name), Field.Store.NO));
      doc.add(new StoredField(Schema.BYLINE, name));
    }
    keywordWithValues(doc, Schema.SITE, article.site());
    doc.add(new StoredField(Schema.SITE + "_name", article.site()));
    doc.add(new StringField(Schema.HOST, Schema.keyword(bareHost(hostOf(article.canonicalUrl()))), Field.Store.NO));
    keywordWithValues(doc, Schema.LANGUAGE, article.language());
    article.published().ifPresent(p -> {
      long millis = p.toInstant().toEpochMilli();
      doc.add(new LongPoint(Schema.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(Schema.PUBLISHED, millis));
      doc.add(new IntPoint(Schema.PUBLISHED_DAY, Math.toIntExact(p.toLocalDate().toEpochDay())));
      doc.add(new StoredField(Schema.PUBLISHED, p.toString()));
    });
    article.modified().ifPresent(m -> doc.add(new StoredField(Schema.MODIFIED, m.toString())));
    doc.add(new StoredField(Schema.DESCRIPTION, article.description()));
    article.image().ifPresent(i -> doc.add(new StoredField(Schema.IMAGE, i.toString())));
    addEntities(doc, recognition);
    try {
      return Facets.CONFIG.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // building facet fields does no I/O
    }
  }

  private static void keywordWithValues(Document doc, String field, String value) {
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
      doc.add(new StringField(Schema.ENTITY_ID, e.id(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Schema.ENTITY_ID, e.id()));
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
    StringBuilder mentions = new StringBuilder();
    for (Mention m : recognition.mentions()) {
      mentions.append(m.start()).append(':').append(m.end()).append(':').append(m.entityId()).append(' ');
    }
    doc.add(new StoredField(Schema.MENTIONS_STORED, mentions.toString().strip()));
  }

  static URI url(Document doc) {
    return URI.create(doc.get(Schema.URL));
  }

  static String title(Document doc) {
    return doc.get(Schema.TITLE);
  }

  static String site(Document doc) {
    return Optional.ofNullable(doc.get(Schema.SITE + "_name")).orElse("");
  }

  static List<String> byline(Document doc) {
    return List.of(doc.getValues(Schema.BYLINE));
  }

  static Optional<OffsetDateTime> published(Document doc) {
    return Optional.ofNullable(doc.get(Schema.PUBLISHED)).map(OffsetDateTime::parse);
  }

  static List<Entity> entities(Document doc) {
    List<Entity> entities = new ArrayList<>();
    for (IndexableField field : doc.getFields(Schema.ENTITIES_STORED)) {
      String[] f = field.stringValue().split("\t", 5);
      entities.add(new Entity(f[0], f[4], EntityType.valueOf(f[1]), List.of(), Integer.parseInt(f[2]), Double.parseDouble(f[3])));
    }
    return entities;
  }

  static String text(Document doc) {
    return Optional.ofNullable(doc.get(Schema.TEXT)).orElse("");
  }

  static String hostOf(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost();
  }

  /** "www.example.com" → "example.com"; a site name is returned as is. */
  static String bareHost(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
