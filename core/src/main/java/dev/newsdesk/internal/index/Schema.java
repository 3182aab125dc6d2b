package dev.newsdesk.internal.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;

/**
 * The index schema, version {@value #VERSION}. Fields (the names the query syntax uses):
 *
 * <ul>
 *   <li>{@code url}: canonical URL, the document key (keyword, stored)
 *   <li>{@code title}, {@code text}: analysed with the English chain (possessives, lower case,
 *       stop words, Porter stemming); stored; text with offsets for highlighting
 *   <li>{@code byline}, {@code site}, {@code language}: keywords, lower-cased and accent-folded
 *   <li>{@code entity}: every id, name and alias of the entities mentioned (keyword, folded)
 *   <li>{@code entity_id}: entity ids only; {@code type}: entity types mentioned (keywords)
 *   <li>{@code published}: epoch milliseconds (point, doc values for sorting, stored as ISO text);
 *       {@code published_day}: the day in the article's own zone, as epoch days (point)
 * </ul>
 */
final class Schema {
  private Schema() {}

  static final int VERSION = 1;
  static final String VERSION_KEY = "newsdesk.schema";

  static final String URL = "url";
  static final String FETCHED_URL = "fetched_url";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String BYLINE = "byline";
  static final String SITE = "site";
  static final String HOST = "host";
  static final String LANGUAGE = "language";
  static final String ENTITY = "entity";
  static final String ENTITY_ID = "entity_id";
  static final String TYPE = "type";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_DAY = "published_day";
  static final String MODIFIED = "modified";
  static final String DESCRIPTION = "description";
  static final String IMAGE = "image";
  static final String ENTITIES_STORED = "entities";
  static final String MENTIONS_STORED = "mentions";

  /** Title matches count this much more than body matches. */
  static final float TITLE_BOOST = 2.0f;

  /** Keyword fields: the whole value is one token, lower-cased and accent-folded. */
  static final Analyzer KEYWORD =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          KeywordTokenizer tokenizer = new KeywordTokenizer();
          TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
          return new TokenStreamComponents(tokenizer, folded);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
          return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
      };

  static Analyzer analyzer() {
    Analyzer keyword = KEYWORD;
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(),
        Map.of(URL, keyword, BYLINE, keyword, SITE, keyword, HOST, keyword, LANGUAGE, keyword,
            ENTITY, keyword, ENTITY_ID, keyword, TYPE, keyword));
  }

  /** A keyword value as the index holds it. */
  static String keyword(String value) {
    return KEYWORD.normalize(ENTITY, value.strip()).utf8ToString();
  }
}
