package dev.newsdesk.internal.index;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.search.NewsQuery;
import dev.newsdesk.search.QuerySyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Translates an engine-neutral {@link NewsQuery} into a Lucene query over the {@link Schema}. */
public final class QueryTranslator {
  private static final Analyzer ANALYZER = Schema.analyzer();
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

  private QueryTranslator() {}

  /**
   * Checks query syntax without running it.
   *
   * @throws QuerySyntaxException naming the position of the first error
   */
  public static void checkSyntax(String syntax) {
    parseSyntax(syntax);
  }

  static Query translate(NewsQuery q) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean scored = false;
    if (!q.words().isBlank()) {
      SimpleQueryParser words = new SimpleQueryParser(ANALYZER, Map.of(Schema.TITLE, Schema.TITLE_BOOST, Schema.TEXT, 1f));
      words.setDefaultOperator(Occur.MUST);
      Query parsed = words.parse(q.words());
      if (parsed != null) {
        all.add(parsed, Occur.MUST);
        scored = true;
      }
    }
    if (!q.syntax().isBlank()) {
      all.add(parseSyntax(q.syntax()), Occur.MUST);
      scored = true;
    }
    if (!scored) {
      all.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    for (String entity : q.entities()) {
      all.add(keyword(Schema.ENTITY, entity), Occur.FILTER);
    }
    if (!q.anyEntities().isEmpty()) {
      all.add(anyOf(Schema.ENTITY, q.anyEntities()), Occur.FILTER);
    }
    if (!q.types().isEmpty()) {
      all.add(anyOf(Schema.TYPE, q.types().stream().map(EntityType::name).toList()), Occur.FILTER);
    }
    if (q.publishedFrom().isPresent() || q.publishedTo().isPresent()) {
      int from = q.publishedFrom().map(LocalDate::toEpochDay).map(Math::toIntExact).orElse(Integer.MIN_VALUE);
      int to = q.publishedTo().map(LocalDate::toEpochDay).map(Math::toIntExact).orElse(Integer.MAX_VALUE);
      all.add(IntPoint.newRangeQuery(Schema.PUBLISHED_DAY, from, to), Occur.FILTER);
    }
    if (!q.sites().isEmpty()) {
      BooleanQuery.Builder sites = new BooleanQuery.Builder();
      for (String site : q.sites()) {
        sites.add(keyword(Schema.SITE, site), Occur.SHOULD);
        sites.add(keyword(Schema.HOST, Documents.bareHost(site)), Occur.SHOULD);
      }
      all.add(sites.build(), Occur.FILTER);
    }
    return all.build();
  }

  private static Query parseSyntax(String syntax) {
    QueryParser parser = new QueryParser(Schema.TEXT, ANALYZER);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(syntax);
    } catch (ParseException e) {
      int position = positionOf(e, syntax);
      String detail = firstLine(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
      throw new QuerySyntaxException(syntax, position, Messages.querySyntax(syntax, position, detail), e);
    }
  }

  private static int positionOf(ParseException e, String syntax) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
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

  private static Query keyword(String field, String value) {
    return new TermQuery(new Term(field, Schema.keyword(value)));
  }

  private static Query anyOf(String field, List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(keyword(field, v), Occur.SHOULD));
    return any.build();
  }
}
