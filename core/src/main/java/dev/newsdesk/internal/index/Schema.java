package dev.newsdesk.internal.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The index schema, version {@value #VERSION}. The fields the query syntax names:
 *
 * <ul>
 *   <li>{@code title}, {@code text}: the headline and body, analysed with the chain of the
 *       article's language: English (possessives, lower case, stop words, Porter stemming) by
 *       default, French, German or Spanish for articles in those languages (stored in
 *       {@code title_fr}, {@code text_fr}, ...; the syntax's {@code title:} and {@code text:}
 *       search every language). Each field holds every word as written, lower-cased, for quoted
 *       phrases and wildcards, and beside it, at the same position, its stem marked with
 *       {@link #STEM_MARK} where the stem differs; searched words ask for the stem and the marked
 *       stem.
 *   <li>{@code byline}, {@code site}, {@code language}: keywords, lower-cased and accent-folded
 *       ({@code site} also matches the host name); {@code url}: the canonical URL, exactly
 *   <li>{@code entity}: every id, name and alias of the entities mentioned (keyword, folded)
 *   <li>{@code type}: the entity types mentioned (keyword)
 *   <li>{@code section}, {@code tag}: the publication's section and topic tags (keywords, folded)
 * </ul>
 *
 * Also: {@code entity_id.PERSON} and the other types' (entity id facets), {@code published} (epoch ms: point, doc values, stored
 * ISO text), {@code published_day} (epoch day in the article's own zone: point and doc values),
 * {@code story} (near-duplicate group: keyword, stored, doc values), {@code minhash} (signature
 * doc values) and its bands, {@code url_hash} (doc values of a 64-bit hash of the URL: the last
 * tie-break of every sort).
 */
final class Schema {
  private Schema() {}

  static final int VERSION = 4;
  static final String VERSION_KEY = "newsdesk.schema";

  static final String URL = "url";
  static final String URL_HASH = "url_hash";
  static final String FETCHED_URL = "fetched_url";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String BYLINE = "byline";
  static final String SECTION = "section";
  static final String TAG = "tag";
  static final String SITE = "site";
  static final String SITE_NAME = "site_name";
  static final String HOST = "host";
  static final String LANGUAGE = "language";
  static final String ENTITY = "entity";
  /** The prefix of the entity facet dimensions, one per type: {@code entity_id.PERSON}. */
  static final String ENTITY_ID = "entity_id";
  static final String TYPE = "type";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_DAY = "published_day";
  /** Doc values of the publication time for recency decay, 0 (1970) for undated articles. */
  static final String RECENCY = "recency";
  static final String MODIFIED = "modified";
  static final String DESCRIPTION = "description";
  static final String IMAGE = "image";
  static final String ENTITIES_STORED = "entities";
  static final String STORY = "story";
  static final String MINHASH = "minhash";
  static final String MINHASH_BAND = "minhash_band";

  /** Languages with their own analysis chain; every other language is analysed as English. */
  static final List<String> OWN_CHAIN_LANGUAGES = List.of("fr", "de", "es");

  /** The field names the query syntax accepts. */
  static final Set<String> QUERYABLE = Set.of(TITLE, TEXT, BYLINE, SITE, ENTITY, TYPE, LANGUAGE, URL, SECTION, TAG);

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

  /**
   * Marks a stem indexed beside the word it came from ({@link ExactAndStemFilter}); no tokenizer
   * emits it, so a marked stem never equals a word.
   */
  static final char STEM_MARK = '\u0001';

  private static final Analyzer ANALYZER = perField(WordsAnalyzer.INDEX);
  private static final Analyzer STEMMED_QUERY = perField(WordsAnalyzer.QUERY);
  private static final Analyzer EXACT_QUERY = new StandardAnalyzer(CharArraySet.EMPTY_SET);

  /** The per-field analyzer the index is written with (thread-safe, shared). */
  static Analyzer analyzer() {
    return ANALYZER;
  }

  /** The per-field analyzer of searched words: in title and body fields, each word's stem. */
  static Analyzer queryAnalyzer() {
    return STEMMED_QUERY;
  }

  /** The analyzer of quoted phrases in plain words: the words as written, lower-cased. */
  static Analyzer exactAnalyzer() {
    return EXACT_QUERY;
  }

  private static Analyzer perField(Function<UnaryOperator<TokenStream>, Analyzer> words) {
    Map<String, Analyzer> fields = new HashMap<>();
    for (String keyword : List.of(BYLINE, SITE, HOST, LANGUAGE, ENTITY, TYPE, STORY, SECTION, TAG)) {
      fields.put(keyword, KEYWORD);
    }
    // URLs are matched exactly: their paths are case-sensitive, and the URL is the document key.
    fields.put(URL, new org.apache.lucene.analysis.core.KeywordAnalyzer());
    Map<String, UnaryOperator<TokenStream>> stemming = Map.of(
        "fr", in -> new FrenchLightStemFilter(new StopFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES),
            FrenchAnalyzer.getDefaultStopSet())),
        "de", in -> new GermanLightStemFilter(new GermanNormalizationFilter(new StopFilter(in, GermanAnalyzer.getDefaultStopSet()))),
        "es", in -> new SpanishLightStemFilter(new StopFilter(in, SpanishAnalyzer.getDefaultStopSet())));
    stemming.forEach((language, chain) -> {
      Analyzer analyzer = words.apply(chain);
      fields.put(languageField(TITLE, language), analyzer);
      fields.put(languageField(TEXT, language), analyzer);
    });
    // The English chain (possessives, stop words, Porter), as EnglishAnalyzer has it.
    Analyzer english = words.apply(
        in -> new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(in), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
    return new PerFieldAnalyzerWrapper(english, fields);
  }

  /**
   * The standard tokenizer and lower case, then, for the index, each word with its marked stem
   * ({@link ExactAndStemFilter}), for queries, each word's stem ({@link StemQueryFilter}).
   */
  private static final class WordsAnalyzer extends Analyzer {
    static final Function<UnaryOperator<TokenStream>, Analyzer> INDEX = chain -> new WordsAnalyzer(chain, ExactAndStemFilter::new);
    static final Function<UnaryOperator<TokenStream>, Analyzer> QUERY = chain -> new WordsAnalyzer(chain, StemQueryFilter::new);

    private final UnaryOperator<TokenStream> stemming;
    private final BiFunction<TokenStream, WordStemmer, TokenStream> stems;

    WordsAnalyzer(UnaryOperator<TokenStream> stemming, BiFunction<TokenStream, WordStemmer, TokenStream> stems) {
      this.stemming = stemming;
      this.stems = stems;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      TokenStream words = new LowerCaseFilter(tokenizer);
      return new TokenStreamComponents(tokenizer, stems.apply(words, new WordStemmer(stemming)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  /** The field holding {@code base} ({@code title} or {@code text}) for an article in {@code language}. */
  static String languageField(String base, String language) {
    return OWN_CHAIN_LANGUAGES.contains(language) ? base + "_" + language : base;
  }

  /** {@code base} in every language: {@code text}, {@code text_fr}, {@code text_de}, {@code text_es}. */
  static List<String> allLanguages(String base) {
    List<String> names = new java.util.ArrayList<>();
    names.add(base);
    OWN_CHAIN_LANGUAGES.forEach(l -> names.add(base + "_" + l));
    return names;
  }

  /** The {@link #URL_HASH} of a canonical URL. */
  static long urlHash(String url) {
    return StringHelper.murmurhash3_x64_128(new BytesRef(url))[0];
  }

  /**
   * A keyword value as the index holds it: what {@link #KEYWORD} normalises it to, by the same
   * Lucene helpers but without a token stream per value (ingest calls this for every entity name).
   */
  static String keyword(String value) {
    String ascii = asciiLowerCase(value);
    if (ascii != null) {
      return ascii;
    }
    char[] lower = value.strip().toCharArray();
    CharacterUtils.toLowerCase(lower, 0, lower.length);
    char[] folded = new char[lower.length * 4]; // the most one character folds to
    int length = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, lower.length);
    return new String(folded, 0, length);
  }

  /** The lower case of an ASCII value without spaces at its ends, which folds to itself; null for any other value. */
  private static String asciiLowerCase(String value) {
    int length = value.length();
    if (length == 0 || value.charAt(0) <= ' ' || value.charAt(length - 1) <= ' ') {
      return null;
    }
    char[] lower = null;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        if (lower == null) {
          lower = value.toCharArray();
        }
        lower[i] = (char) (c + ('a' - 'A'));
      }
    }
    return lower == null ? value : new String(lower);
  }
}
