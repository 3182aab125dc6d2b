package dev.newsdesk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsEveryStageWithItsBaselineAndRatioAsJsonLines() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = NewsdeskCli.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "bench", "--articles", "40", "--warmup", "10", "--queries", "3", "--query-seconds", "0", "--json");
    assertEquals(0, status, err.toString());
    List<String> stages = new ArrayList<>();
    for (String line : out.toString().strip().split("\n")) {
      JsonNode figure = JSON.readTree(line);
      for (String field : List.of("stage", "value", "unit", "baseline", "baseline_value", "ratio")) {
        assertTrue(figure.has(field), "missing " + field + " in " + line);
      }
      assertTrue(figure.get("value").asDouble() > 0, line);
      assertTrue(figure.get("baseline_value").asDouble() > 0, line);
      assertTrue(figure.get("ratio").asDouble() > 0, line);
      stages.add(figure.get("stage").asText());
    }
    assertEquals(List.of("extract", "recognise", "index", "pipeline", "fetch", "fetch-ingest", "query-text", "query-entity",
        "query-text-entity-dates", "facets", "index-size", "heap", "kb-load", "kb-heap"), stages);
    assertTrue(err.toString().contains("40 articles, seed 42"), err.toString());
  }

  @Test
  void printsAFigureAsOneLineWithTheCostRatio() {
    BenchCommand.Figure figure = new BenchCommand.Figure("extract", 2.3456, "ms/article", "jsoup-parse-text", 0.9, 100);
    assertEquals("extract: 2.35 ms/article (baseline jsoup-parse-text: 0.900 ms/article, cost ratio 2.61)", BenchCommand.line(figure));
  }

  @Test
  void rejectsAnEmptyRun() {
    StringWriter err = new StringWriter();
    int status = NewsdeskCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "bench", "--articles", "0");
    assertEquals(NewsdeskCli.USAGE, status);
    assertTrue(err.toString().contains("--articles must be at least 1"), err.toString());
  }
}
