package dev.newsdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RobotsAndPolitenessTest {
  /** Loopback allowed, robots.txt obeyed, no politeness delay unless a test sets one. */
  static final FetchPolicy POLICY = FetchPolicy.DEFAULT.allowingPrivateAddresses().withPoliteness(1, Duration.ZERO)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  private LoopbackServer server;

  @BeforeEach
  void start() {
    server = LoopbackServer.start();
    for (String path : List.of("/a", "/b", "/c", "/d", "/news/story", "/private/x", "/files/report.pdf", "/story?session=1")) {
      server.page(path, "text/html", "<p>" + path + "</p>");
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchException refused(Fetcher fetcher, String path) {
    return assertThrows(FetchException.class, () -> fetcher.fetch(server.url(path)));
  }

  @Nested
  class RobotsTxt {
    @Test
    void obeysADisallowRuleWithoutRequestingThePage() {
      server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
      Fetcher fetcher = Fetcher.create(POLICY);
      fetcher.fetch(server.url("/news/story"));
      FetchException e = refused(fetcher, "/private/x");
      assertEquals(FetchException.Reason.BLOCKED_BY_ROBOTS, e.reason());
      assertTrue(e.getMessage().contains(server.url("/private/x").toString()) && e.getMessage().contains("robots.txt")
          && e.getMessage().contains("\"newsdesk\""), e.getMessage());
      assertEquals(0, server.requests("/private/x").size());
      assertEquals(1, server.requests("/robots.txt").size(), "robots.txt is asked for once per site");
    }

    @Test
    void obeysWildcardAndEndAnchorRules() {
      server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\n");
      Fetcher fetcher = Fetcher.create(POLICY);
      assertEquals(FetchException.Reason.BLOCKED_BY_ROBOTS, refused(fetcher, "/files/report.pdf").reason());
      assertEquals(FetchException.Reason.BLOCKED_BY_ROBOTS, refused(fetcher, "/story?session=1").reason());
      fetcher.fetch(server.url("/a"));
      assertEquals(List.of("/robots.txt", "/a"), server.requests().stream().map(LoopbackServer.Request::path).toList());
    }

    @Test
    void followsTheGroupOfItsOwnUserAgent() {
      server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: Newsdesk\nDisallow: /private/\n");
      Fetcher fetcher = Fetcher.create(POLICY);
      fetcher.fetch(server.url("/a"));
      assertEquals(FetchException.Reason.BLOCKED_BY_ROBOTS, refused(fetcher, "/private/x").reason());
      Fetcher other = Fetcher.create(POLICY.withUserAgent("OtherBot/1.0"));
      assertEquals(FetchException.Reason.BLOCKED_BY_ROBOTS, refused(other, "/a").reason());
    }

    @Test
    void checksTheRobotsTxtOfEachRedirectHop() {
      try (LoopbackServer other = LoopbackServer.start()) {
        other.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n").page("/story", "text/html", "<p>x</p>");
        server.redirect("/away", 302, other.url("/story").toString());
        FetchException e = refused(Fetcher.create(POLICY), "/away");
        assertEquals(FetchException.Reason.BLOCKED_BY_ROBOTS, e.reason());
        assertEquals(0, other.requests("/story").size());
      }
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
      Fetcher.create(POLICY).fetch(server.url("/private/x")); // the server answers 404 for /robots.txt
      assertEquals(1, server.requests("/robots.txt").size());
      assertEquals(1, server.requests("/private/x").size());
    }

    @Test
    void aServerErrorOnRobotsTxtDisallowsTheSiteForAWhile() throws InterruptedException {
      AtomicInteger asked = new AtomicInteger();
      server.on("/robots.txt", exchange -> {
        if (asked.incrementAndGet() == 1) {
          exchange.sendResponseHeaders(503, -1);
        } else {
          LoopbackServer.send(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      });
      Fetcher fetcher = Fetcher.create(POLICY.withRobotsCache(Duration.ofHours(1), Duration.ofMillis(300)));
      FetchException e = refused(fetcher, "/a");
      assertEquals(FetchException.Reason.BLOCKED_BY_ROBOTS, e.reason());
      assertTrue(e.getMessage().contains("could not be read (HTTP 503)"), e.getMessage());
      refused(fetcher, "/b");
      assertEquals(1, asked.get(), "not asked again within the error wait");
      assertEquals(0, server.requests("/a").size() + server.requests("/b").size());
      Thread.sleep(350);
      fetcher.fetch(server.url("/a"));
      assertEquals(2, asked.get());
    }

    @Test
    void canBeIgnoredForSitesTheHostOwns() {
      server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");
      Fetcher.create(POLICY.ignoringRobotsTxt()).fetch(server.url("/a"));
      assertEquals(0, server.requests("/robots.txt").size());
    }
  }

  @Nested
  class Politeness {
    @Test
    void waitsTheCrawlDelayBetweenRequests() {
      server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.3\n");
      Fetcher fetcher = Fetcher.create(POLICY);
      for (String path : List.of("/a", "/b", "/c")) {
        fetcher.fetch(server.url(path));
      }
      List<LoopbackServer.Request> pages = server.requests().stream().filter(r -> !r.path().equals("/robots.txt")).toList();
      assertEquals(3, pages.size());
      for (Duration gap : LoopbackServer.gaps(pages)) {
        assertTrue(gap.toMillis() >= 290, "requests " + gap.toMillis() + " ms apart, Crawl-delay is 300 ms");
      }
    }

    @Test
    void waitsTheMinimumDelayOfThePolicy() {
      Fetcher fetcher = Fetcher.create(POLICY.ignoringRobotsTxt().withPoliteness(1, Duration.ofMillis(200)));
      for (String path : List.of("/a", "/b", "/c")) {
        fetcher.fetch(server.url(path));
      }
      for (Duration gap : LoopbackServer.gaps(server.requests())) {
        assertTrue(gap.toMillis() >= 190, "requests " + gap.toMillis() + " ms apart, the policy asks 200 ms");
      }
    }

    @Test
    void neverHasMoreRequestsInFlightPerHostThanAllowed() throws Exception {
      for (int allowed : List.of(1, 2)) {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.on("/slow", exchange -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          Thread.sleep(100);
          inFlight.decrementAndGet();
          LoopbackServer.send(exchange, 200, "text/html", "<p>slow</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        Fetcher fetcher = Fetcher.create(POLICY.ignoringRobotsTxt().withPoliteness(allowed, Duration.ZERO));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
          List<java.util.concurrent.Future<Page>> pages = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            pages.add(pool.submit(() -> fetcher.fetch(server.url("/slow"))));
          }
          for (var page : pages) {
            page.get();
          }
        }
        assertEquals(allowed, most.get());
      }
    }

    @Test
    void fetchesDifferentHostsInParallel() throws Exception {
      try (LoopbackServer other = LoopbackServer.start()) {
        for (String path : List.of("/a", "/b", "/c")) {
          other.page(path, "text/html", "<p>" + path + "</p>");
        }
        Fetcher fetcher = Fetcher.create(POLICY.ignoringRobotsTxt().withPoliteness(1, Duration.ofMillis(250)));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
          List<java.util.concurrent.Future<?>> batches = new ArrayList<>();
          for (LoopbackServer host : List.of(server, other)) {
            batches.add(pool.submit(() -> {
              for (String path : List.of("/a", "/b", "/c")) {
                fetcher.fetch(host.url(path));
              }
              return null;
            }));
          }
          for (var batch : batches) {
            batch.get();
          }
        }
        long firstOther = other.requests().get(0).atNanos();
        long lastServer = server.requests().get(server.requests().size() - 1).atNanos();
        long firstServer = server.requests().get(0).atNanos();
        long lastOther = other.requests().get(other.requests().size() - 1).atNanos();
        assertTrue(firstOther < lastServer && firstServer < lastOther, "one host waited for the other");
        for (LoopbackServer host : List.of(server, other)) {
          assertEquals(3, host.requests().size());
          for (Duration gap : LoopbackServer.gaps(host.requests())) {
            assertTrue(gap.toMillis() >= 240, "one host's requests " + gap.toMillis() + " ms apart");
          }
        }
      }
    }
  }
}
