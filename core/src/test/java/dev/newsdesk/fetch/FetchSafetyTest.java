package dev.newsdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchSafetyTest {
  private LoopbackServer server;

  @BeforeEach
  void start() {
    server = LoopbackServer.start().page("/story", "text/html", "<p>story</p>");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void rejectsLoopbackByDefaultWithoutSendingAnything() {
    FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(FetchPolicy.DEFAULT).fetch(server.url("/story")));
    assertEquals(FetchException.Reason.BLOCKED_BY_POLICY, e.reason());
    assertTrue(e.getMessage().contains("127.0.0.1") && e.getMessage().contains("a loopback address")
        && e.getMessage().contains("FetchPolicy.allowingPrivateAddresses()"), e.getMessage());
    assertTrue(e.status().isEmpty());
    assertEquals(List.of(), server.requests(), "nothing may reach the server, robots.txt included");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.5/a", "http://172.16.3.4/a", "http://192.168.1.1/a", "http://100.64.0.1/a",
      "http://169.254.169.254/latest/meta-data/", "http://224.0.0.1/a", "http://0.0.0.0/a", "http://127.1.2.3/a",
      "http://[::1]/a", "http://[fd00::1]/a", "http://[fe80::1]/a", "http://[::]/a", "http://[::ffff:127.0.0.1]/a",
      "http://[64:ff9b::a00:1]/a", "http://[2002:c0a8:101::1]/a", "http://255.255.255.255/a"})
  void rejectsEveryKindOfNonPublicAddressByDefault(String url) {
    FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(FetchPolicy.DEFAULT).fetch(URI.create(url)));
    assertEquals(FetchException.Reason.BLOCKED_BY_POLICY, e.reason(), e.getMessage());
    assertTrue(e.getMessage().startsWith("Cannot fetch " + url), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/a", "jar:file:/x.jar!/a", "gopher://example.com/", "mailto:a@b.c", "/relative"})
  void fetchesOnlyHttpAndHttps(String url) {
    FetchException e = assertThrows(FetchException.class, () -> Fetcher.create(FetchPolicy.DEFAULT).fetch(URI.create(url)));
    assertEquals(FetchException.Reason.BLOCKED_BY_POLICY, e.reason());
    assertTrue(e.getMessage().contains("only absolute http and https URLs"), e.getMessage());
  }

  @Test
  void refusesARedirectFromAnAllowedHostToAPrivateAddress() {
    FetchPolicy onlyThisHost = FetchPolicy.DEFAULT.allowingNetworks("127.0.0.1/32").withPoliteness(1, Duration.ZERO);
    server.redirect("/go", 302, "http://10.0.0.5/admin")
        .redirect("/go6", 301, "http://[::1]:" + server.port() + "/story")
        .redirect("/go-metadata", 307, "http://169.254.169.254/latest/meta-data/")
        .redirect("/go-other-loopback", 302, "http://127.0.0.2:" + server.port() + "/story");
    Fetcher fetcher = Fetcher.create(onlyThisHost);
    assertEquals(server.url("/story"), fetcher.fetch(server.url("/story")).url(), "the allowed host itself is fetched");
    for (String path : List.of("/go", "/go6", "/go-metadata", "/go-other-loopback")) {
      FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url(path)));
      assertEquals(FetchException.Reason.BLOCKED_BY_POLICY, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("redirected from " + server.url(path)), e.getMessage());
    }
    assertEquals(1, server.requests("/story").size(), "no blocked hop reached a server");
  }

  @Test
  void allowsLoopbackWhenTheHostOptsIn() {
    Fetcher fetcher = Fetcher.create(FetchPolicy.DEFAULT.allowingPrivateAddresses());
    assertEquals(server.url("/story"), fetcher.fetch(server.url("/story")).url());
  }

  @Test
  void rejectsANetworkThatIsNotACidrBlock() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FetchPolicy.DEFAULT.allowingNetworks("intranet.example.com"));
    assertTrue(e.getMessage().contains("10.1.0.0/16"), e.getMessage());
  }
}
