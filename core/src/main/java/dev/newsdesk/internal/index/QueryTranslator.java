package dev.newsdesk.internal.index;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.search.NewsQuery;
import dev.newsdesk.search.QuerySyntaxException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/** Translates an engine-neutral {@link NewsQuery} into a Lucene query over the {@link Schema}. */
public final class QueryTranslator {
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

  private QueryTranslator() {}

  /**
   * All the words, in the title or body, in any one language: each language's fields are searched
   * with that language's analysis, so a stop word of one ("and") never has to match in another.
   */
  private static Query words(String words, Predicate<String> indexed) {
    BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
    List<String> titles = Schema.allLanguages(Schema.TITLE);
    List<String> texts = Schema.allLanguages(Schema.TEXT);
    for (int i = 0; i < titles.size(); i++) {
      if (!indexed.test(titles.get(i)) && !indexed.test(texts.get(i))) {
        continue; // no article in this language: its clauses could only cost time
      }
      Query inLanguage = new WordsParser(Map.of(titles.get(i), Schema.TITLE_BOOST, texts.get(i), 1f)).parse(words);
      if (inLanguage != null) {
        anyLanguage.add(inLanguage, Occur.SHOULD);
      }
    }
    BooleanQuery built = anyLanguage.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /**
   * Checks query syntax without running it.
   *
   * @throws QuerySyntaxException naming the position of the first error
   */
  public static void checkSyntax(String syntax) {
    parseSyntax(syntax);
  }

  /**
   * The whole query: what must match, scored, and the filters. Words are searched in the
   * languages whose fields {@code indexed} accepts.
   */
  static Query translate(NewsQuery q, IndexSearcher searcher, Predicate<String> indexed) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean scored = false;
    if (!q.words().isBlank()) {
      Query words = words(q.words(), indexed);
      if (words != null) {
        all.add(words, Occur.MUST);
        scored = true;
      }
    }
    if (!q.syntax().isBlank()) {
      all.add(parseSyntax(q.syntax()), Occur.MUST);
      scored = true;
    }
    if (q.similarTo().isPresent()) {
      all.add(moreLikeThis(q.similarTo().get().toString(), searcher), Occur.MUST);
      all.add(new TermQuery(new Term(Schema.URL, q.similarTo().get().toString())), Occur.MUST_NOT);
      scored = true;
    }
    if (!scored) {
      all.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    addFilters(all, q);
    Query query = all.build();
    if (q.recencyHalfLife().isPresent() && q.sort() == dev.newsdesk.search.SortOrder.RELEVANCE) {
      double halfLife = q.recencyHalfLife().get().toMillis();
      long now = System.currentTimeMillis();
      DoubleValuesSource decay = DoubleValuesSource.fromField(Schema.RECENCY,
          published -> Math.pow(0.5, Math.max(0, now - published) / halfLife));
      query = FunctionScoreQuery.boostByValue(query, decay);
    }
    return query;
  }

  /** The filters alone (what a document must satisfy apart from text relevance). */
  static void addFilters(BooleanQuery.Builder all, NewsQuery q) {
    q.entities().forEach(e -> all.add(keyword(Schema.ENTITY, e), Occur.FILTER));
    if (!q.anyEntities().isEmpty()) {
      all.add(anyOf(Schema.ENTITY, q.anyEntities()), Occur.FILTER);
    }
    q.excludedEntities().forEach(e -> all.add(keyword(Schema.ENTITY, e), Occur.MUST_NOT));
    if (!q.types().isEmpty()) {
      all.add(anyOf(Schema.TYPE, q.types().stream().map(EntityType::name).toList()), Occur.FILTER);
    }
    if (q.publishedFrom().isPresent() || q.publishedTo().isPresent()) {
      int from = q.publishedFrom().map(QueryTranslator::epochDay).orElse(Integer.MIN_VALUE);
      int to = q.publishedTo().map(QueryTranslator::epochDay).orElse(Integer.MAX_VALUE);
      all.add(IntPoint.newRangeQuery(Schema.PUBLISHED_DAY, from, to), Occur.FILTER);
    }
    if (!q.sites().isEmpty()) {
      all.add(sites(q.sites()), Occur.FILTER);
    }
    if (!q.excludedSites().isEmpty()) {
      all.add(sites(q.excludedSites()), Occur.MUST_NOT);
    }
    if (!q.languages().isEmpty()) {
      all.add(anyOf(Schema.LANGUAGE, q.languages()), Occur.FILTER);
    }
    if (!q.bylines().isEmpty()) {
      all.add(anyOf(Schema.BYLINE, q.bylines()), Occur.FILTER);
    }
    if (!q.sections().isEmpty()) {
      all.add(anyOf(Schema.SECTION, q.sections()), Occur.FILTER);
    }
    if (!q.tags().isEmpty()) {
      all.add(anyOf(Schema.TAG, q.tags()), Occur.FILTER);
    }
  }

  static int epochDay(LocalDate day) {
    return Math.toIntExact(day.toEpochDay());
  }

  private static Query sites(List<String> sites) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String site : sites) {
      any.add(keyword(Schema.SITE, site), Occur.SHOULD);
      any.add(keyword(Schema.HOST, Documents.bareHost(site)), Occur.SHOULD);
    }
    return any.build();
  }

  private static Query moreLikeThis(String url, IndexSearcher searcher) throws IOException {
    TopDocs source = searcher.search(new TermQuery(new Term(Schema.URL, url)), 1);
    if (source.scoreDocs.length == 0) {
      return new MatchNoDocsQuery("no article at " + url);
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(Schema.analyzer());
    List<String> fields = new java.util.ArrayList<>(Schema.allLanguages(Schema.TEXT));
    fields.addAll(Schema.allLanguages(Schema.TITLE));
    mlt.setFieldNames(fields.toArray(String[]::new));
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(40);
    return mlt.like(source.scoreDocs[0].doc);
  }

  private static Query parseSyntax(String syntax) {
    try {
      return new NewsQueryParser().parse(syntax);
    } catch (ParseException e) {
      int position = positionOf(e, syntax);
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String detail = cause instanceof NewsQueryParser.UnknownFieldException ? cause.getMessage() : firstLine(cause.getMessage());
      throw new QuerySyntaxException(syntax, position, Messages.querySyntax(syntax, position, detail), e);
    }
  }

  private static int positionOf(ParseException e, String syntax) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (cause instanceof NewsQueryParser.UnknownFieldException unknown) {
      int at = syntax.indexOf(unknown.field + ":");
      return Math.max(at, 0);
    }
    if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
      var next = parse.currentToken.next;
      return next.kind == 0 ? syntax.length() : Math.max(0, Math.min(syntax.length(), next.beginColumn));
    }
    if (cause instanceof TokenMgrError) {
      Matcher m = LEXICAL_COLUMN.matcher(cause.getMessage());
      if (m.find()) {
        return Math.max(0, Math.min(syntax.length(), Integer.parseInt(m.group(1)) - 1));
      }
    }
    return syntax.length();
  }

  private static String firstLine(String message) {
    String line = message == null ? "invalid syntax" : message.strip().split("\\R", 2)[0];
    return line.replaceFirst("^Cannot parse '.*?': ", "").replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
  }

  static Query keyword(String field, String value) {
    return new TermQuery(new Term(field, Schema.keyword(value)));
  }

  private static Query anyOf(String field, List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(keyword(field, v), Occur.SHOULD));
    return any.build();
  }

  /**
   * Plain words over title and body in one language, all required; quoted phrases match the words
   * as written, so {@code "troops withdrawing"} does not match "troop withdrawal".
   */
  private static final class WordsParser extends SimpleQueryParser {
    private static final QueryBuilder EXACT = new QueryBuilder(Schema.exactAnalyzer());

    WordsParser(Map<String, Float> fields) {
      super(Schema.queryAnalyzer(), fields);
      setDefaultOperator(Occur.MUST);
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> field : weights.entrySet()) {
        Query q = EXACT.createPhraseQuery(field.getKey(), text, slop);
        if (q != null) {
          any.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
        }
      }
      BooleanQuery built = any.build();
      return built.clauses().isEmpty() ? null : built;
    }
  }
}
