package dev.newsdesk.examples.cli;

import dev.newsdesk.NewsdeskException;
import dev.newsdesk.corpus.Corpus;
import dev.newsdesk.corpus.EntityScore;
import dev.newsdesk.corpus.ExtractionScore;
import dev.newsdesk.corpus.Fixture;
import dev.newsdesk.entity.EntityRecognizer;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score extraction or entity recognition against the corpus's expectations.")
final class EvalCommand implements Callable<Integer> {
  enum Stage { extraction, entities }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "STAGE", description = "extraction or entities")
  Stage stage;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Option(names = "--dir", paramLabel = "DIR", description = "Score a folder of NAME.html + NAME.json pairs instead of the bundled corpus.")
  Path dir;

  @Option(names = "--errors", description = "With entities: list each page's missed, spurious and wrongly linked mentions.")
  boolean errors;

  private List<Fixture> fixtures() {
    return dir == null ? Corpus.fixtures() : Corpus.fromFolder(dir);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> report = stage == Stage.extraction ? extraction(out) : entities(out);
    if (json) {
      out.println(Json.pretty(report));
    }
    out.flush();
    return 0;
  }

  private Map<String, Object> extraction(PrintWriter out) {
    List<ExtractionScore> scores = new ArrayList<>();
    for (Fixture f : fixtures()) {
      Article article;
      try {
        article = ArticleExtractor.standard().extract(f.page());
      } catch (NewsdeskException e) {
        article = Article.builder(f.url()).build();
      }
      scores.add(ExtractionScore.of(f, article));
    }
    List<ExtractionScore> returned = scores.stream().filter(ExtractionScore::returnedText).toList();
    double precision = returned.stream().mapToDouble(ExtractionScore::precision).average().orElse(0);
    double recall = scores.stream().mapToDouble(ExtractionScore::recall).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("documents", scores.size());
    report.put("precision", round(precision));
    report.put("recall", round(recall));
    report.put("f1", round(f1));
    report.put("title_exact", round(share(scores, ExtractionScore::titleMatch)));
    report.put("byline_exact", round(share(scores, ExtractionScore::bylineMatch)));
    report.put("published_exact", round(share(scores, ExtractionScore::publishedMatch)));
    List<Map<String, Object>> perPage = new ArrayList<>();
    for (ExtractionScore s : scores) {
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("fixture", s.fixture());
      page.put("precision", round(s.precision()));
      page.put("recall", round(s.recall()));
      page.put("f1", round(s.f1()));
      page.put("title", s.titleMatch());
      page.put("byline", s.bylineMatch());
      page.put("published", s.publishedMatch());
      perPage.add(page);
    }
    report.put("per_page", perPage);
    if (!json) {
      out.printf("%-30s %9s %6s %6s  title byline date%n", "fixture", "precision", "recall", "F1");
      for (ExtractionScore s : scores) {
        out.printf("%-30s %9.3f %6.3f %6.3f  %-5s %-6s %s%n", s.fixture(), s.precision(), s.recall(), s.f1(),
            mark(s.titleMatch()), mark(s.bylineMatch()), mark(s.publishedMatch()));
      }
      out.printf("%nbody: precision %.3f  recall %.3f  F1 %.3f over %d pages%n", precision, recall, f1, scores.size());
      out.printf("exact: title %.3f  byline %.3f  published %.3f%n", share(scores, ExtractionScore::titleMatch),
          share(scores, ExtractionScore::bylineMatch), share(scores, ExtractionScore::publishedMatch));
    }
    return report;
  }

  private Map<String, Object> entities(PrintWriter out) {
    EntityRecognizer recognizer = EntityRecognizer.standard();
    EntityScore total = EntityScore.ZERO;
    int documents = 0;
    Map<String, Object> perPage = new LinkedHashMap<>();
    for (Fixture f : fixtures()) {
      if (f.expected().text().isEmpty()) {
        continue;
      }
      documents++;
      List<Mention> found = recognizer.recognise(f.expected().text()).mentions();
      EntityScore score = EntityScore.of(f.mentions(), found);
      total = total.plus(score);
      perPage.put(f.name(), scoreMap(score));
      if (!json) {
        out.printf("%-30s P %.3f  R %.3f  F1 %.3f  linked %.3f%n", f.name(), score.precision(), score.recall(),
            score.f1(), score.linkedAccuracy());
        if (errors) {
          listErrors(out, f.mentions(), found);
        }
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("documents", documents);
    report.put("mentions", total.truePositives() + total.falseNegatives());
    report.put("precision", round(total.precision()));
    report.put("recall", round(total.recall()));
    report.put("f1", round(total.f1()));
    Map<String, Object> byType = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      EntityScore s = total.byType().getOrDefault(type, EntityScore.ZERO);
      byType.put(type.name(), scoreMap(s));
      if (!json) {
        out.printf("%-30s P %.3f  R %.3f  F1 %.3f  linked %.3f  (gold %d)%n", type, s.precision(), s.recall(), s.f1(),
            s.linkedAccuracy(), s.truePositives() + s.falseNegatives());
      }
    }
    report.put("per_type", byType);
    report.put("linking_accuracy", round(total.linkedAccuracy()));
    report.put("per_page", perPage);
    if (!json) {
      out.printf("%nmentions: precision %.3f  recall %.3f  F1 %.3f  linking accuracy %.3f  (%d documents, gold %d, found %d)%n",
          total.precision(), total.recall(), total.f1(), total.linkedAccuracy(), documents,
          total.truePositives() + total.falseNegatives(), total.truePositives() + total.falsePositives());
    }
    return report;
  }

  /** Prints "- missed", "+ spurious" and "~ mislinked" lines, in text order. */
  private static void listErrors(PrintWriter out, List<Mention> gold, List<Mention> found) {
    for (EntityScore.Mismatch x : EntityScore.mismatches(gold, found)) {
      Mention m = x.mention();
      String mark = switch (x.kind()) {
        case MISSED -> "-";
        case SPURIOUS -> "+";
        case MISLINKED -> "~";
      };
      String goldId = x.kind() == EntityScore.Mismatch.Kind.MISLINKED ? " (gold " + x.goldEntityId() + ")" : "";
      out.printf("    %s %-12s %s  [%s]%n", mark, m.type(), m.text(), m.entityId() + goldId);
    }
  }

  private static Map<String, Object> scoreMap(EntityScore s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(s.precision()));
    m.put("recall", round(s.recall()));
    m.put("f1", round(s.f1()));
    m.put("linking_accuracy", round(s.linkedAccuracy()));
    m.put("true_positives", s.truePositives());
    m.put("false_positives", s.falsePositives());
    m.put("false_negatives", s.falseNegatives());
    return m;
  }

  private static double share(List<ExtractionScore> scores, java.util.function.Predicate<ExtractionScore> test) {
    return scores.isEmpty() ? 0 : (double) scores.stream().filter(test).count() / scores.size();
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static String mark(boolean ok) {
    return ok ? "yes" : "no";
  }
}
