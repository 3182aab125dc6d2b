package dev.newsdesk.examples.cli;

import dev.newsdesk.Newsdesk;
import dev.newsdesk.NewsdeskException;
import dev.newsdesk.corpus.Corpus;
import dev.newsdesk.corpus.Fixture;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.search.EntityCount;
import dev.newsdesk.search.Facet;
import dev.newsdesk.search.SearchResults;
import dev.newsdesk.search.SortOrder;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Index the bundled corpus in memory and show a few queries.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Newsdesk desk = Newsdesk.inMemory()) {
      out.println("Indexing the bundled corpus (" + Corpus.fixtures().size() + " pages) ...");
      for (Fixture fixture : Corpus.fixtures()) {
        try {
          var done = desk.ingest(fixture.page());
          out.printf("  + %-28s %s (%d entities)%n", fixture.name(), done.article().title(), done.recognition().entities().size());
        } catch (NewsdeskException e) {
          out.printf("  - %-28s skipped: %s%n", fixture.name(), e.getMessage());
        }
      }
      show(out, "desk.search().matching(\"withdrawal\").mentioning(\"Lloyd Austin\")",
          desk.search().matching("withdrawal").mentioning("Lloyd Austin").highlighted().fetch(5));
      show(out, "desk.search().mentioningAny(EntityType.GROUP).sortedBy(SortOrder.NEWEST)",
          desk.search().mentioningAny(EntityType.GROUP).sortedBy(SortOrder.NEWEST).fetch(5));
      show(out, "desk.search().parsing(\"title:(ceasefire OR election) AND type:person\")",
          desk.search().parsing("title:(ceasefire OR election) AND type:person").fetch(5));
      show(out, "desk.search().mentioning(\"Hamas\").publishedBetween(2024-01-01, 2024-12-31)",
          desk.search().mentioning("Hamas").publishedBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).fetch(5));
      SearchResults all = desk.search().facetedBy(Facet.entities().top(8)).fetch(1);
      out.println();
      out.println("> desk.search().facetedBy(Facet.entities()): the most mentioned entities");
      for (Map.Entry<String, Long> e : all.facets().getOrDefault("entities", Map.of()).entrySet()) {
        out.printf("  %-40s %d articles%n", e.getKey(), e.getValue());
      }
      out.println();
      out.println("> desk.search().mentioning(\"Hamas\").fetchTopEntities(5): who is mentioned with Hamas");
      for (EntityCount c : desk.search().mentioning("Hamas").fetchTopEntities(5)) {
        out.printf("  %-40s %-13s %d articles%n", c.name(), c.type(), c.articles());
      }
    }
    out.flush();
    return 0;
  }

  private static void show(PrintWriter out, String label, SearchResults results) {
    out.println();
    out.println("> " + label);
    SearchCommand.printText(out, results);
  }
}
