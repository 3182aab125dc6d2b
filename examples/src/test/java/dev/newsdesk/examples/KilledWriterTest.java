package dev.newsdesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.Newsdesk;
import dev.newsdesk.corpus.Corpus;
import dev.newsdesk.corpus.Fixture;
import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is committed stays committed: a writer killed with SIGKILL in the middle of ingesting
 * leaves an index that opens, passes Lucene's CheckIndex and holds every committed article.
 */
class KilledWriterTest {
  private static final int COMMIT_EVERY = 10;
  private static final int COMMITS_BEFORE_KILL = 3;

  /** The child process: ingests corpus articles under ever new URLs, committing every few. */
  public static void main(String[] args) throws Exception {
    List<Article> articles = new ArrayList<>();
    for (Fixture f : Corpus.withTrait("article")) {
      articles.add(ArticleExtractor.standard().extract(f.page()));
    }
    try (Newsdesk desk = Newsdesk.open(Path.of(args[0]))) {
      for (int i = 0; ; i++) {
        Article a = articles.get(i % articles.size());
        desk.ingest(a.toBuilder().canonicalUrl(URI.create("https://copies.example/" + i)).build());
        if ((i + 1) % COMMIT_EVERY == 0) {
          desk.commit();
          System.out.println("committed " + (i + 1));
          System.out.flush();
        }
      }
    }
  }

  @Test
  void aWriterKilledMidIngestLeavesEveryCommittedArticleInAnIndexThatChecksClean(@TempDir Path folder) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledWriterTest.class.getName(),
        folder.toString()).redirectErrorStream(true).start();
    long committed = 0;
    StringBuilder log = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (committed < COMMIT_EVERY * COMMITS_BEFORE_KILL && (line = out.readLine()) != null) {
        log.append(line).append('\n');
        if (line.startsWith("committed ")) {
          committed = Long.parseLong(line.substring("committed ".length()));
        }
      }
    } finally {
      child.destroyForcibly(); // SIGKILL: no close, no final commit, the write lock left behind
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(COMMIT_EVERY * COMMITS_BEFORE_KILL, committed, log.toString());

    try (Directory directory = FSDirectory.open(folder); CheckIndex check = new CheckIndex(directory)) {
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, "CheckIndex found problems after the kill");
    }
    try (Newsdesk reopened = Newsdesk.open(folder)) { // the dead writer's lock does not hold
      assertTrue(reopened.size() >= committed, reopened.size() + " articles, " + committed + " committed");
      assertEquals(reopened.size(), reopened.search().fetchTotalHitCount());
    }
  }
}
