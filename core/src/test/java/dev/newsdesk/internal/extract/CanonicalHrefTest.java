package dev.newsdesk.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalHrefTest {

  /** A URL taken as it is must be what jsoup's resolution would have made of it. */
  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com/news/2024/05/story.html",
      "http://www.example.co.uk/a/b?id=7&page=2",
      "https://example.com",
      "https://example.com?x=1",
      "https://example.com:8443/path;jsessionid=1#top",
      "https://example.com/path#",
      "https://Example.COM/Mixed/Case",
      "https://example.com//double/slash",
      "https://example.com/%E2%80%99quoted%20path",
  })
  void takesPlainAbsoluteUrlsAsJsoupResolvesThem(String href) {
    assertTrue(MetadataReader.isPlainAbsoluteUrl(href), href);
    assertEquals(jsoupResolved(href), href);
  }

  /** URLs that jsoup's resolution rewrites or drops go through it. */
  @ParameterizedTest
  @ValueSource(strings = {
      "/relative/path",
      "//example.com/protocol-relative",
      "HTTPS://example.com/upper-case-scheme",
      "https://user@example.com/user-info",
      "https://example.com/a/../b",
      "https://example.com/./a",
      "https://[::1]/ipv6",
      "https://example.com/a b",
      "https://example.com/tab\tinside",
      "https://exämple.com/non-ascii",
      "https://example.com/a#b#c",
      "https:///no-host",
      "https://",
      "ftp://example.com/file",
  })
  void leavesOtherUrlsToJsoup(String href) {
    assertFalse(MetadataReader.isPlainAbsoluteUrl(href), href);
  }

  private static String jsoupResolved(String href) {
    Element link = Jsoup.parse("<link rel=canonical>", "https://base.example.org/section/page.html").selectFirst("link");
    link.attr("href", href);
    return link.absUrl("href");
  }
}
