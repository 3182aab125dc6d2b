package dev.newsdesk.examples;

import dev.newsdesk.Newsdesk;
import dev.newsdesk.corpus.Corpus;
import dev.newsdesk.corpus.Fixture;
import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.search.Hit;
import dev.newsdesk.search.SearchResults;
import dev.newsdesk.search.SortOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's example, runnable: index the bundled news pages in a folder, then search them by
 * words, entity and type.
 *
 * <p>{@code java -cp examples/target/newsdesk.jar dev.newsdesk.examples.QuickStart [INDEX_DIR]}
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) throws Exception {
    Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("newsdesk-quickstart");
    try (Newsdesk desk = Newsdesk.open(folder)) {
      for (Fixture page : Corpus.withTrait("article")) {
        desk.ingest(page.page()); // extract, recognise entities, index
      }
      desk.commit();

      SearchResults results = desk.search()
          .matching("withdrawal")
          .mentioning("Lloyd Austin")
          .sortedBy(SortOrder.NEWEST)
          .highlighted()
          .fetch(10);
      System.out.println(results.total() + " article(s) on withdrawal mentioning Lloyd Austin:");
      for (Hit hit : results.hits()) {
        System.out.println("  " + hit.title() + " — " + hit.url());
        System.out.println("    " + hit.snippet());
        for (Entity e : hit.entities().subList(0, Math.min(5, hit.entities().size()))) {
          System.out.printf("    %-13s %s (%d mentions)%n", e.type(), e.name(), e.mentions());
        }
      }

      long withGroups = desk.search().mentioningAny(EntityType.GROUP).fetchTotalHitCount();
      System.out.println(withGroups + " of " + desk.size() + " articles mention a group (militias, rebels, forces, ...)");
    }
    System.out.println("Index kept in " + folder);
  }
}
