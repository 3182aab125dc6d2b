package dev.newsdesk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example programs run as documented and print what their javadoc promises. */
class ExamplesTest {
  @FunctionalInterface
  interface Program {
    void run() throws Exception;
  }

  private static String output(Program program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartFindsTheSeedArticleByWordAndEntity(@TempDir Path folder) throws Exception {
    String out = output(() -> QuickStart.main(new String[] {folder.toString()}));
    assertTrue(out.contains("1 article(s) on withdrawal mentioning Lloyd Austin")
        && out.contains("/2024/01/25/us-iraq-to-begin-talks-withdrawal/") && out.contains("<b>withdrawal</b>"), out);
  }

  @Test
  void feedMonitorAlertsOnNewArticlesAndReadsAnUnchangedFeedForNothing() throws Exception {
    String out = output(() -> FeedMonitor.main(new String[0]));
    assertTrue(out.contains("[Hamas] ") && out.contains("[militias] "), out);
    assertTrue(Pattern.compile("(?m)^[1-9]\\d* new articles indexed").matcher(out).find(), out);
    assertTrue(out.contains("read again: 0 new, feed UNCHANGED"), out);
    assertTrue(out.contains(", 0 failed"), out);
  }

  @Test
  void teachEntitiesLinksTheHostsOwnEntitiesByNameAndAlias() throws Exception {
    String out = output(() -> TeachEntities.main(new String[0]));
    assertTrue(Pattern.compile("PERSON +Ines Calloway +-> ines-calloway").matcher(out).find(), out);
    assertTrue(Pattern.compile("PERSON +Calloway +-> ines-calloway").matcher(out).find(), out);
    assertTrue(Pattern.compile("ORGANIZATION +Brightwater +-> brightwater-ferries").matcher(out).find(), out);
    assertTrue(out.contains("1 article(s) mention Brightwater Ferries"), out);
  }
}
