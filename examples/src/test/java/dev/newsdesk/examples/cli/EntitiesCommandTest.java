package dev.newsdesk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {
  @TempDir Path folder;

  @Test
  void listsCoMentionsAndTrendsAsJson() throws IOException {
    Path index = folder.resolve("index");
    NewsdeskCliTest.run("index", "--index", index.toString(),
        NewsdeskCliTest.write(folder, Corpus.fixture("us-iraq-withdrawal-talks")).toString(),
        NewsdeskCliTest.write(folder, Corpus.fixture("gaza-ceasefire-talks-local")).toString());
    NewsdeskCliTest.Run with = NewsdeskCliTest.run("entities", "--index", index.toString(), "--with", "Hamas", "--json");
    assertEquals(0, with.status(), with.err());
    JsonNode rows = with.json().get("entities");
    assertTrue(rows.size() > 0);
    for (JsonNode row : rows) {
      assertTrue(row.has("id") && row.has("name") && row.has("type") && row.has("articles"));
      assertTrue(!row.get("id").asText().equals("hamas"));
    }
    NewsdeskCliTest.Run trending = NewsdeskCliTest.run("entities", "--index", index.toString(), "--trending",
        "--from", "2024-01-01", "--to", "2024-01-31", "--json");
    assertEquals(0, trending.status(), trending.err());
    assertTrue(trending.json().get("entities").get(0).has("ratio"));
  }
}
