package dev.newsdesk.examples;

import dev.newsdesk.IngestReport;
import dev.newsdesk.Newsdesk;
import dev.newsdesk.NewsdeskConfig;
import dev.newsdesk.corpus.FixtureServer;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.search.Watch;
import java.time.Duration;

/**
 * A media monitor in a few lines: saved queries alert on new articles while a news feed is read.
 * The feed is the corpus's, served on 127.0.0.1, so the example runs offline; a real monitor
 * keeps the default {@link FetchPolicy}, which refuses loopback and private addresses.
 *
 * <p>{@code java -cp examples/target/newsdesk.jar dev.newsdesk.examples.FeedMonitor}
 */
public final class FeedMonitor {
  private FeedMonitor() {}

  public static void main(String[] args) {
    FetchPolicy loopback = FetchPolicy.DEFAULT.allowingPrivateAddresses().withPoliteness(2, Duration.ZERO);
    try (FixtureServer site = FixtureServer.start();
        Newsdesk desk = Newsdesk.inMemory(NewsdeskConfig.DEFAULT.withFetchPolicy(loopback));
        Watch hamas = desk.search().mentioning("Hamas").watch(hit -> System.out.println("[Hamas] " + hit.title()));
        Watch groups = desk.search().matching("militias").mentioningAny(EntityType.GROUP)
            .watch(hit -> System.out.println("[militias] " + hit.title()))) {
      IngestReport report = desk.ingestFeed(site.rssUri());
      System.out.printf("%d new articles indexed, %d skipped by robots.txt, %d failed%n",
          report.indexed().size(), report.skippedByRobots().size(), report.failed().size());
      IngestReport again = desk.ingestFeed(site.rssUri());
      // The server answers "304 Not Modified" for the feed: nothing is fetched or indexed again.
      System.out.printf("read again: %d new, feed %s%n", again.indexed().size(), again.feeds().get(0).outcome());
    }
  }
}
