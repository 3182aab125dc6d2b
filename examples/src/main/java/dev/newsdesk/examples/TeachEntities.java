package dev.newsdesk.examples;

import dev.newsdesk.Newsdesk;
import dev.newsdesk.NewsdeskConfig;
import dev.newsdesk.entity.EntityRecognizer;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.KnowledgeBase;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.entity.Recognition;
import dev.newsdesk.fetch.Page;

/**
 * Teaching the recogniser a host's own entities: a newsroom adds its local officials and
 * companies to the shipped knowledge base, then every ingested article links them by name or
 * alias, and searches find them by id.
 *
 * <p>{@code java -cp examples/target/newsdesk.jar dev.newsdesk.examples.TeachEntities}
 */
public final class TeachEntities {
  private TeachEntities() {}

  private static final String STORY = "<html lang=en><head><title>Harbour deal signed | Coast Courier</title>"
      + "<meta property=article:published_time content=\"2024-03-02T10:00:00Z\"></head><body><article>"
      + "<h1>Harbour deal signed</h1>"
      + "<p>Harbourmaster Ines Calloway signed a ten-year lease with Brightwater Ferries on Friday, ending a dispute"
      + " that had kept the northern quay idle since the autumn storms damaged its cranes.</p>"
      + "<p>Calloway said the ferry company would pay for new cranes, while the port would dredge the channel."
      + " Brightwater, which runs three boats to the islands, plans a fourth route by the summer.</p>"
      + "<p>Officials from the European Union's fisheries office attended the signing in the harbour office.</p>"
      + "</article></body></html>";

  public static void main(String[] args) {
    KnowledgeBase local = KnowledgeBase.standard().with(
        KnowledgeBase.Entry.of("ines-calloway", EntityType.PERSON, "Ines Calloway", "Harbourmaster Calloway"),
        KnowledgeBase.Entry.of("brightwater-ferries", EntityType.ORGANIZATION, "Brightwater Ferries", "Brightwater"));
    EntityRecognizer recognizer = EntityRecognizer.create(local);

    try (Newsdesk desk = Newsdesk.inMemory(NewsdeskConfig.DEFAULT.withRecognizer(recognizer))) {
      Recognition found = desk.ingest(Page.of(STORY, "https://courier.example/2024/03/02/harbour-deal")).recognition();
      for (Mention m : found.mentions()) {
        System.out.printf("%-13s %-22s -> %s%n", m.type(), m.text(), m.entityId());
      }
      long hits = desk.search().mentioning("brightwater-ferries").fetchTotalHitCount();
      System.out.println(hits + " article(s) mention Brightwater Ferries");
    }
  }
}
