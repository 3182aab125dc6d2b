package dev.newsdesk.examples.cli;

import dev.newsdesk.Newsdesk;
import dev.newsdesk.search.EntityCount;
import dev.newsdesk.search.NewsSearch;
import dev.newsdesk.search.Trend;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true, description = "The most mentioned entities of an index: overall, with another entity, or trending.")
final class EntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder.")
  Path index;

  @Option(names = "--with", paramLabel = "E", description = "Only articles mentioning this entity (id, name or alias): its co-mentions.")
  String with;

  @Option(names = "--trending", description = "Entities rising most in the period against the period before it.")
  boolean trending;

  @Option(names = "--from", paramLabel = "DATE", description = "With --trending: the period's first day (default: 7 days before --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "With --trending: the period's last day (default: the newest article's day).")
  LocalDate to;

  @Option(names = "--limit", description = "How many entities (default ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--json", description = "Print {\"entities\": [{\"id\", \"name\", \"type\", \"articles\"[, \"before\", \"ratio\"]}]} as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Newsdesk desk = Newsdesk.openReadOnly(index)) {
      NewsSearch search = with == null ? desk.search() : desk.search().mentioning(with);
      List<Map<String, Object>> rows;
      if (trending) {
        var days = desk.search().fetchTimeline();
        LocalDate last = to != null ? to : days.isEmpty() ? LocalDate.now() : days.lastKey();
        LocalDate first = from != null ? from : last.minusDays(6);
        rows = search.fetchTrendingEntities(first, last, limit).stream().map(EntitiesCommand::row).toList();
      } else {
        rows = search.fetchTopEntities(limit).stream().map(EntitiesCommand::row).toList();
      }
      if (json) {
        out.println(Json.pretty(Map.of("entities", rows)));
      } else {
        rows.forEach(r -> out.printf("%-40s %-13s %6s%s%n", r.get("name"), r.get("type"), r.get("articles"),
            r.containsKey("ratio") ? String.format(" (before %s, ratio %.2f)", r.get("before"), (Double) r.get("ratio")) : ""));
      }
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> row(EntityCount c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.name());
    m.put("type", c.type().name());
    m.put("articles", c.articles());
    return m;
  }

  private static Map<String, Object> row(Trend t) {
    Map<String, Object> m = row(t.entity());
    m.put("before", t.before());
    m.put("ratio", Math.round(t.ratio() * 1000) / 1000.0);
    return m;
  }
}
