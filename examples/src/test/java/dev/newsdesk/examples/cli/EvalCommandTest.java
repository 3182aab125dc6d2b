package dev.newsdesk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.corpus.Corpus;
import dev.newsdesk.corpus.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path folder;

  @Test
  void scoresTheBundledCorpusWithTheContractFields() throws IOException {
    NewsdeskCliTest.Run run = NewsdeskCliTest.run("eval", "extraction", "--json");
    assertEquals(0, run.status(), run.err());
    JsonNode report = run.json();
    for (String field : List.of("documents", "precision", "recall", "f1", "title_exact", "byline_exact", "published_exact")) {
      assertTrue(report.has(field), field);
    }
    assertEquals(Corpus.fixtures().size(), report.get("documents").asInt());
    NewsdeskCliTest.Run entities = NewsdeskCliTest.run("eval", "entities", "--json");
    JsonNode scores = entities.json();
    for (String field : List.of("documents", "mentions", "precision", "recall", "f1", "per_type", "linking_accuracy")) {
      assertTrue(scores.has(field), field);
    }
    assertTrue(scores.get("per_type").get("GROUP").has("f1"));
  }

  @Test
  void scoresAFolderOfPagesAndExpectations() throws IOException {
    for (String name : List.of("us-iraq-withdrawal-talks", "fed-holds-rates")) {
      Fixture f = Corpus.fixture(name);
      Files.write(folder.resolve(name + ".html"), f.html());
      Files.writeString(folder.resolve(name + ".json"), "{\"url\": \"" + f.url() + "\", \"title\": \"" + f.expected().title()
          .replace("\"", "\\\"") + "\", \"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(f.expected().text()) + "}");
    }
    Files.writeString(folder.resolve("orphan.html"), "<p>no expectations</p>");
    NewsdeskCliTest.Run run = NewsdeskCliTest.run("eval", "extraction", "--dir", folder.toString(), "--json");
    assertEquals(0, run.status(), run.err());
    assertEquals(2, run.json().get("documents").asInt());
    assertTrue(run.json().get("f1").asDouble() > 0.9);
  }
}
