package dev.newsdesk.internal.fetch.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {
  private static final URI ROBOTS = URI.create("https://news.example.com/robots.txt");

  private static boolean allows(String robots, String agent, String path) {
    return RobotsTxt.parse(robots, ROBOTS).rulesFor(agent).allows(URI.create("https://news.example.com" + path));
  }

  @Nested
  class Groups {
    private static final String FILE = """
        # comments are ignored
        User-agent: *
        Disallow: /

        User-agent: Newsdesk
        User-agent: OtherBot
        Disallow: /private
        Crawl-delay: 2.5

        User-agent: newsdesk
        Disallow: /drafts/
        """;

    @Test
    void usesTheGroupsNamingTheAgentCombined() {
      assertTrue(allows(FILE, "newsdesk", "/2024/story"));
      assertFalse(allows(FILE, "newsdesk", "/private/x"));
      assertFalse(allows(FILE, "newsdesk", "/drafts/x"));
      assertEquals(Optional.of(Duration.ofMillis(2500)), RobotsTxt.parse(FILE, ROBOTS).rulesFor("newsdesk").crawlDelay());
    }

    @Test
    void matchesTheAgentCaseInsensitivelyByProductToken() {
      assertFalse(allows("User-agent: NEWSDESK/1.0\nDisallow: /a\n", "newsdesk", "/a"));
    }

    @Test
    void fallsBackToTheStarGroup() {
      assertFalse(allows(FILE, "someotherbot", "/2024/story"));
    }

    @Test
    void allowsEverythingWithoutAMatchingGroup() {
      assertTrue(allows("User-agent: GoogleBot\nDisallow: /\n", "newsdesk", "/a"));
      assertTrue(allows("", "newsdesk", "/a"));
    }

    @Test
    void ignoresRulesOutsideAnyGroupAndUnknownLines() {
      String file = "Disallow: /a\nHost: example.com\nUser-agent: *\nClean-param: x\nDisallow: /b\n";
      assertTrue(allows(file, "newsdesk", "/a"));
      assertFalse(allows(file, "newsdesk", "/b"));
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
      assertTrue(allows("User-agent: *\nDisallow:\n", "newsdesk", "/anything"));
    }
  }

  @Nested
  class Matching {
    @Test
    void theLongestMatchWins() {
      String file = "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /news/public/secret\n";
      assertFalse(allows(file, "n", "/news/x"));
      assertTrue(allows(file, "n", "/news/public/x"));
      assertFalse(allows(file, "n", "/news/public/secret-plan"));
    }

    @Test
    void allowWinsATie() {
      assertTrue(allows("User-agent: *\nDisallow: /page\nAllow: /page\n", "n", "/page"));
    }

    @Test
    void starMatchesAnyRun() {
      String file = "User-agent: *\nDisallow: /*/print\nDisallow: /*?session=\n";
      assertFalse(allows(file, "n", "/2024/01/story/print"));
      assertFalse(allows(file, "n", "/story?session=42"));
      assertTrue(allows(file, "n", "/story?page=2"));
    }

    @Test
    void dollarAnchorsTheEnd() {
      String file = "User-agent: *\nDisallow: /*.pdf$\n";
      assertFalse(allows(file, "n", "/files/report.pdf"));
      assertTrue(allows(file, "n", "/files/report.pdf?download=1"));
      assertTrue(allows(file, "n", "/files/report.pdfx"));
    }

    @Test
    void comparesPercentEncodingNormalised() {
      String file = "User-agent: *\nDisallow: /caf\u00e9\nDisallow: /a%3cb\nDisallow: /%7Etilde\n";
      assertFalse(allows(file, "n", "/caf%C3%A9/menu"));
      assertFalse(allows(file, "n", "/a%3Cb"));
      assertFalse(allows(file, "n", "/~tilde"));
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowed() {
      assertTrue(allows("User-agent: *\nDisallow: /\n", "n", "/robots.txt"));
    }
  }

  @Test
  void collectsSitemapsFromAnywhereInTheFile() {
    RobotsTxt file = RobotsTxt.parse("Sitemap: https://news.example.com/sitemap.xml\nUser-agent: *\nDisallow: /x\n"
        + "sitemap: /news-sitemap.xml\nSitemap: https://news.example.com/sitemap.xml\n", ROBOTS);
    assertEquals(List.of(URI.create("https://news.example.com/sitemap.xml"), URI.create("https://news.example.com/news-sitemap.xml")),
        file.sitemaps());
    assertFalse(file.rulesFor("n").allows(URI.create("https://news.example.com/x")), "a Sitemap line does not end a group");
  }

  @Nested
  class Cache {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    private RobotsCache cache(RobotsCache.Response response) {
      return new RobotsCache(uri -> {
        loads.incrementAndGet();
        return response;
      }, "newsdesk", Duration.ofHours(24), Duration.ofMinutes(10), now::get);
    }

    @Test
    void reusesAFileUntilItExpires() {
      RobotsCache cache = cache(RobotsCache.Response.of(200, "User-agent: *\nDisallow: /x\n"));
      URI page = URI.create("https://news.example.com/x");
      assertFalse(cache.entryFor(page).rules().allows(page));
      cache.entryFor(URI.create("https://news.example.com/y"));
      assertEquals(1, loads.get());
      now.addAndGet(Duration.ofHours(25).toNanos());
      cache.entryFor(page);
      assertEquals(2, loads.get());
    }

    @Test
    void keepsSitesApart() {
      RobotsCache cache = cache(RobotsCache.Response.of(404, ""));
      cache.entryFor(URI.create("https://a.example.com/x"));
      cache.entryFor(URI.create("http://a.example.com/x"));
      cache.entryFor(URI.create("https://a.example.com:8443/x"));
      assertEquals(3, loads.get());
    }

    @Test
    void a4xxAllowsEverything() {
      RobotsCache.Entry entry = cache(RobotsCache.Response.of(404, "")).entryFor(URI.create("https://a.example.com/x"));
      assertEquals(RobotsCache.State.UNAVAILABLE, entry.state());
      assertTrue(entry.rules().allows(URI.create("https://a.example.com/x")));
    }

    @Test
    void a5xxOr429OrNoAnswerDisallowsEverythingForAWhile() {
      for (RobotsCache.Response failure : List.of(RobotsCache.Response.of(503, ""), RobotsCache.Response.of(429, ""),
          RobotsCache.Response.failed("timeout"))) {
        loads.set(0);
        RobotsCache cache = cache(failure);
        URI page = URI.create("https://a.example.com/x");
        RobotsCache.Entry entry = cache.entryFor(page);
        assertEquals(RobotsCache.State.UNREACHABLE, entry.state());
        assertFalse(entry.rules().allows(page));
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        cache.entryFor(page);
        assertEquals(1, loads.get(), "still within the error wait");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        cache.entryFor(page);
        assertEquals(2, loads.get(), "asked again after the error wait");
      }
    }
  }
}
