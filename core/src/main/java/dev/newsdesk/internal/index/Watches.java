package dev.newsdesk.internal.index;

import dev.newsdesk.search.Hit;
import dev.newsdesk.search.Watch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Saved queries, decided per new article against a one-document {@link MemoryIndex} of that
 * article alone, however large the main index grows. A query runs only when the article holds what
 * it asks for ({@link #need}): most saved queries name words or entities a given article lacks,
 * and that check costs a few term lookups where running the query builds a weight and a scorer.
 */
final class Watches {
  private final List<Registered> registered = new CopyOnWriteArrayList<>();

  /** A saved query, with what an article must hold for it to match (null: nothing). */
  private record Registered(Query query, Need need, Consumer<Hit> listener) {}

  Watch add(Query query, Consumer<Hit> listener) {
    Registered entry = new Registered(query, need(query), listener);
    registered.add(entry);
    return () -> registered.remove(entry);
  }

  /** Delivers {@code doc}, just indexed, to every saved query it matches. */
  void offer(Document doc) {
    if (registered.isEmpty()) {
      return;
    }
    // One searcher for all the saved queries (MemoryIndex.search makes a reader and a searcher per
    // query), and the hit read from the document once, for every query it matches.
    IndexSearcher article = MemoryIndex.fromDocument(doc, Schema.analyzer()).createSearcher();
    article.setQueryCache(null);
    LeafReader terms = article.getIndexReader().leaves().get(0).reader();
    Hit matched = null;
    for (Registered entry : registered) {
      if (entry.need() != null && !entry.need().heldBy(terms)) {
        continue; // most saved queries ask for words or entities the article lacks: no weight, no scorer
      }
      float score = score(article, entry.query());
      if (score > 0) {
        matched = matched == null ? Documents.toHit(doc, score, "", Optional.empty()) : withScore(matched, score);
        entry.listener().accept(matched);
      }
    }
  }

  /** What an article must hold for a saved query to match it. */
  private interface Need {
    boolean heldBy(LeafReader article);
  }

  /**
   * What an article must hold for {@code query} to match it, from its terms and how its clauses
   * combine; null where the query may match any article (a date range, match-all, a query of a
   * kind not looked into). Never asks more than a match needs: an article without it cannot match.
   */
  private static Need need(Query query) {
    return switch (query) {
      case TermQuery t -> termNeed(t.getTerm());
      case SynonymQuery s -> anyOf(s.getTerms().stream().map(Watches::termNeed).toList());
      case PhraseQuery p -> allOf(Arrays.stream(p.getTerms()).map(Watches::termNeed).toList());
      case BoostQuery b -> need(b.getQuery());
      case ConstantScoreQuery c -> need(c.getQuery());
      case FunctionScoreQuery f -> need(f.getWrappedQuery());
      case BooleanQuery b -> booleanNeed(b);
      default -> null;
    };
  }

  private static Need booleanNeed(BooleanQuery query) {
    List<Need> all = new ArrayList<>();
    List<Need> any = new ArrayList<>();
    boolean anyArticle = false;
    boolean required = false;
    for (BooleanClause clause : query.clauses()) {
      Need need = need(clause.query());
      switch (clause.occur()) {
        case MUST, FILTER -> {
          required = true;
          if (need != null) {
            all.add(need);
          }
        }
        case SHOULD -> {
          anyArticle |= need == null;
          any.add(need);
        }
        case MUST_NOT -> { } // excluding asks nothing of the article
      }
    }
    // Optional clauses beside required ones need not match; alone, one of them must.
    boolean oneOfTheOptional = !required || query.getMinimumNumberShouldMatch() > 0;
    if (oneOfTheOptional && !any.isEmpty() && !anyArticle) {
      all.add(anyOf(any));
    }
    return allOf(all);
  }

  private static Need termNeed(Term term) {
    return article -> holds(article, term);
  }

  private static Need allOf(List<Need> needs) {
    return needs.isEmpty() ? null : article -> {
      for (Need need : needs) {
        if (!need.heldBy(article)) {
          return false;
        }
      }
      return true;
    };
  }

  private static Need anyOf(List<Need> needs) {
    return needs.isEmpty() ? null : article -> {
      for (Need need : needs) {
        if (need.heldBy(article)) {
          return true;
        }
      }
      return false;
    };
  }

  private static boolean holds(LeafReader article, Term term) {
    try {
      Terms terms = article.terms(term.field());
      return terms != null && terms.iterator().seekExact(term.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a memory index does no I/O
    }
  }

  /** The article's score for the query, 0 when it does not match (as {@link MemoryIndex#search}). */
  private static float score(IndexSearcher article, Query query) {
    try {
      ScoreDoc[] top = article.search(query, 1).scoreDocs;
      return top.length == 0 ? 0f : top[0].score;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a memory index does no I/O
    }
  }

  private static Hit withScore(Hit hit, float score) {
    return new Hit(hit.url(), hit.title(), hit.published(), hit.site(), hit.byline(), hit.language(), score, hit.snippet(),
        hit.entities(), hit.storyId(), hit.explanation());
  }
}
