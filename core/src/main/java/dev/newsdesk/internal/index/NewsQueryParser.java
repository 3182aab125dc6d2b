package dev.newsdesk.internal.index;

import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax over the schema's documented fields: {@code title:} and {@code text:}
 * search every language's field, {@code site:} also matches host names, and an unknown field is an
 * error rather than a silent empty result.
 */
final class NewsQueryParser extends QueryParser {

  /** Thrown for an unknown field; carries the field so the caller can place the error. */
  static final class UnknownFieldException extends ParseException {
    private static final long serialVersionUID = 1L;
    final String field;

    UnknownFieldException(String field) {
      super("unknown field '" + field + "'; the fields are " + String.join(", ", Schema.QUERYABLE.stream().sorted().toList()));
      this.field = field;
    }
  }

  NewsQueryParser() {
    super(Schema.TEXT, Schema.queryAnalyzer());
    setDefaultOperator(Operator.AND);
    // One word at a time, so that a word expanded over the language fields stays one clause.
    setSplitOnWhitespace(true);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    return expand(field, f -> super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return expand(field, f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return expand(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    return expand(field, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  private interface FieldQuery {
    Query on(String field) throws ParseException;
  }

  /**
   * Whether a field's query is being built: Lucene's parser then asks again for the field it was
   * given (a quoted phrase with slop asks for the quoted phrase), which is already expanded.
   */
  private boolean expanding;

  private Query expand(String field, FieldQuery query) throws ParseException {
    if (expanding) {
      return query.on(field);
    }
    if (!Schema.QUERYABLE.contains(field)) {
      throw new UnknownFieldException(field);
    }
    expanding = true;
    try {
      return expanded(field, query);
    } finally {
      expanding = false;
    }
  }

  private static Query expanded(String field, FieldQuery query) throws ParseException {
    List<String> fields = switch (field) {
      case Schema.TITLE, Schema.TEXT -> Schema.allLanguages(field);
      case Schema.SITE -> List.of(Schema.SITE, Schema.HOST);
      default -> List.of(field);
    };
    if (fields.size() == 1) {
      return query.on(field);
    }
    Query first = query.on(fields.get(0));
    if (first == null) {
      return null; // a stop word of the default (English) chain is no condition in any language
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String f : fields) {
      Query q = query.on(f);
      if (q != null) {
        any.add(q, Occur.SHOULD);
      }
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? null : built;
  }
}
