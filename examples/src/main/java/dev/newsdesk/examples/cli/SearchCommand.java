package dev.newsdesk.examples.cli;

import dev.newsdesk.Newsdesk;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.search.Facet;
import dev.newsdesk.search.NewsSearch;
import dev.newsdesk.search.SearchResults;
import dev.newsdesk.search.SortOrder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Search an index. QUERY is Lucene query syntax over title, text, byline, site, entity, type, language, url; empty matches every article.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder.")
  Path index;

  @Option(names = "--entity", paramLabel = "E", description = "Only articles mentioning this entity (id, name or alias); repeatable, all must match.")
  List<String> entities = new ArrayList<>();

  @Option(names = "--type", paramLabel = "T", description = "Only articles mentioning an entity of this type: ${COMPLETION-CANDIDATES}; repeatable, any matches.")
  List<EntityType> types = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this day (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--site", paramLabel = "S", description = "Only articles from this site (name or host); repeatable.")
  List<String> sites = new ArrayList<>();

  @Option(names = "--section", paramLabel = "S", description = "Only articles filed under this section; repeatable, any matches.")
  List<String> sections = new ArrayList<>();

  @Option(names = "--tag", paramLabel = "T", description = "Only articles tagged with this topic; repeatable, any matches.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--sort", description = "relevance (default), newest or oldest.")
  SortOrder sort = SortOrder.RELEVANCE;

  @Option(names = "--limit", description = "How many hits to show (default ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--highlight", description = "Mark matched words in snippets with <b>...</b>.")
  boolean highlight;

  @Option(names = "--facets", description = "Count entities, sites and publication months over all matches.")
  boolean facets;

  @Option(names = "--json", description = "Print {\"total\", \"hits\", \"facets\"} as JSON.")
  boolean json;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query; its words are joined by spaces.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Newsdesk desk = Newsdesk.openReadOnly(index)) {
      NewsSearch search = desk.search().parsing(String.join(" ", query)).sortedBy(sort);
      for (String entity : entities) {
        search = search.mentioning(entity);
      }
      for (EntityType type : types) {
        search = search.mentioningAny(type);
      }
      for (String site : sites) {
        search = search.fromSite(site);
      }
      for (String section : sections) {
        search = search.inSection(section);
      }
      for (String tag : tags) {
        search = search.taggedWith(tag);
      }
      if (from != null) {
        search = search.publishedSince(from);
      }
      if (to != null) {
        search = search.publishedUntil(to);
      }
      if (highlight) {
        search = search.highlighted();
      }
      if (facets) {
        search = search.facetedBy(Facet.entities(), Facet.sites(), Facet.dates(Facet.Interval.MONTH));
      }
      SearchResults results = search.fetch(limit);
      if (json) {
        out.println(Json.pretty(Json.results(results)));
      } else {
        printText(out, results);
      }
    }
    out.flush();
    return 0;
  }

  static void printText(PrintWriter out, SearchResults results) {
    out.println((results.totalIsExact() ? "" : "at least ") + results.total() + " matching article" + (results.total() == 1 ? "" : "s"));
    int rank = 1;
    for (var hit : results.hits()) {
      out.printf("%2d. %s%n    %s | %s | score %.2f%n    %s%n", rank++, hit.title(), hit.url(),
          hit.published().map(p -> p.toLocalDate().toString()).orElse("undated"), hit.score(), hit.snippet());
    }
    results.facets().forEach((name, counts) -> {
      out.println(name + ":");
      counts.forEach((value, n) -> out.printf("    %-40s %d%n", value, n));
    });
  }
}
