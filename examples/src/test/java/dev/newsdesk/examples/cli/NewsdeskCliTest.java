package dev.newsdesk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.corpus.Corpus;
import dev.newsdesk.corpus.Fixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsdeskCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Fixture SEED = Corpus.fixture("us-iraq-withdrawal-talks");

  record Run(int status, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = NewsdeskCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  static Path write(Path folder, Fixture fixture) throws IOException {
    return Files.write(folder.resolve(fixture.name() + ".html"), fixture.html());
  }

  @Nested
  class Extract {
    @TempDir Path folder;

    @Test
    void printsOneArticleObjectWithTheContractFields() throws IOException {
      Path page = write(folder, SEED);
      Run run = run("extract", "--url", SEED.url().toString(), page.toString());
      assertEquals(0, run.status(), run.err());
      JsonNode a = run.json();
      for (String field : List.of("url", "title", "byline", "published", "modified", "site", "language", "description", "image", "text", "wordCount")) {
        assertTrue(a.has(field), "missing " + field);
      }
      assertEquals(SEED.expected().title(), a.get("title").asText());
      assertEquals("Matthew Dellinger", a.get("byline").get(0).asText());
      assertEquals("2024-01-25", a.get("published").asText().substring(0, 10));
      String text = a.get("text").asText();
      assertTrue(text.contains("Defense Secretary Lloyd Austin"));
      for (String chrome : List.of("More From Me", "Political Science", "Reply")) {
        assertTrue(!text.contains(chrome), "body contains " + chrome);
      }
    }

    @Test
    void writesOneFilePerInputAndReportsBadFilesWithExitStatusOne() throws IOException {
      Path pages = Files.createDirectories(folder.resolve("pages"));
      write(pages, SEED);
      write(pages, Corpus.fixture("fed-holds-rates"));
      Files.write(pages.resolve("empty.html"), new byte[0]);
      Files.writeString(pages.resolve("urls.tsv"), SEED.name() + ".html\t" + SEED.url() + "\n");
      Path out = folder.resolve("out");
      Run run = run("extract", "--urls", pages.resolve("urls.tsv").toString(), "--out", out.toString(), pages.toString());
      assertEquals(1, run.status());
      assertTrue(run.err().contains("empty.html"), run.err());
      assertEquals(Set.of("us-iraq-withdrawal-talks.json", "fed-holds-rates.json"),
          Set.copyOf(Files.list(out).map(p -> p.getFileName().toString()).toList()));
      JsonNode seed = JSON.readTree(out.resolve("us-iraq-withdrawal-talks.json").toFile());
      assertEquals(SEED.url().toString(), seed.get("url").asText());
    }
  }

  @Nested
  class Recognise {
    @TempDir Path folder;

    @Test
    void printsMentionsWithJavaStringOffsetsAndEntities() throws IOException {
      Path text = Files.writeString(folder.resolve("seed.txt"), SEED.expected().text(), StandardCharsets.UTF_8);
      Run run = run("recognise", text.toString());
      assertEquals(0, run.status(), run.err());
      JsonNode result = run.json();
      String body = SEED.expected().text();
      List<String> ids = new ArrayList<>();
      for (JsonNode m : result.get("mentions")) {
        assertEquals(m.get("text").asText(), body.substring(m.get("start").asInt(), m.get("end").asInt()));
        assertTrue(Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP").contains(m.get("type").asText()));
        ids.add(m.get("entity").asText());
      }
      assertTrue(ids.containsAll(List.of("lloyd-austin", "islamic-state", "shiite-militias", "iraq", "iran", "afghanistan", "united-states")), ids.toString());
      JsonNode first = result.get("entities").get(0);
      for (String field : List.of("id", "name", "type", "mentions", "salience")) {
        assertTrue(first.has(field), "missing " + field);
      }
    }

    @Test
    void reportsTextThatIsNotUtf8() throws IOException {
      Path bad = Files.write(folder.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
      Run run = run("recognise", bad.toString());
      assertEquals(1, run.status());
      assertTrue(run.err().contains("bad.txt") && run.err().contains("UTF-8"), run.err());
    }
  }

  @Nested
  class IndexAndSearch {
    @TempDir Path folder;

    @Test
    void findsTheSeedArticleByEntityAndWord() throws IOException {
      Path page = write(folder, SEED);
      Path index = folder.resolve("index");
      Run indexed = run("index", "--index", index.toString(), page.toString());
      assertEquals(0, indexed.status(), indexed.err());
      Run search = run("search", "--index", index.toString(), "--entity", "Lloyd Austin", "--json", "withdrawal");
      assertEquals(0, search.status(), search.err());
      JsonNode results = search.json();
      assertEquals(1, results.get("total").asInt());
      JsonNode hit = results.get("hits").get(0);
      for (String field : List.of("url", "title", "published", "score", "snippet", "entities")) {
        assertTrue(hit.has(field), "missing " + field);
      }
      assertEquals(SEED.expected().title(), hit.get("title").asText());
      assertTrue(results.get("facets").isObject());
    }

    @Test
    void filtersWorkWithAnEmptyQuery() throws IOException {
      Path index = folder.resolve("index");
      run("index", "--index", index.toString(), write(folder, SEED).toString(), write(folder, Corpus.fixture("fed-holds-rates")).toString());
      Run run = run("search", "--index", index.toString(), "--type", "GROUP", "--from", "2024-01-25", "--to", "2024-01-25", "--json");
      assertEquals(0, run.status(), run.err());
      assertEquals(1, run.json().get("total").asInt());
    }

    @Test
    void aSyntaxErrorExitsNonZeroGivingThePosition() throws IOException {
      Path index = folder.resolve("index");
      run("index", "--index", index.toString(), write(folder, SEED).toString());
      Run run = run("search", "--index", index.toString(), "title:(withdrawal");
      assertEquals(2, run.status());
      assertTrue(run.err().contains("position"), run.err());
    }

    @Test
    void searchingAFolderWithoutAnIndexFails() {
      Run run = run("search", "--index", folder.resolve("nothing").toString(), "withdrawal");
      assertEquals(1, run.status());
      assertTrue(run.err().contains("No Newsdesk index"), run.err());
    }

    @Test
    void aPageWithoutAnArticleIsReportedAndTheRestIndexed() throws IOException {
      Path index = folder.resolve("index");
      Run run = run("index", "--index", index.toString(), write(folder, SEED).toString(),
          write(folder, Corpus.fixture("section-front-no-article")).toString());
      assertEquals(1, run.status());
      assertTrue(run.err().contains("section-front-no-article.html") && run.err().contains("No article"), run.err());
      assertEquals(1, run("search", "--index", index.toString(), "--json").json().get("total").asInt());
    }
  }

  @Test
  void demoShowsTheSeedArticleForWithdrawalAndLloydAustin() {
    Run run = run("demo");
    assertEquals(0, run.status(), run.err());
    String afterQuery = run.out().substring(run.out().indexOf("matching(\"withdrawal\").mentioning(\"Lloyd Austin\")"));
    assertTrue(afterQuery.contains(SEED.expected().title()), run.out());
  }
}
