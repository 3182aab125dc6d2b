package dev.newsdesk.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

@ExtendWith(FixtureServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FixtureServerExtensionTest {
  private static FixtureServer first;

  @BeforeAll
  static void remember(FixtureServer server) {
    first = server;
  }

  @Test
  @Order(1)
  void injectsTheClassesServer(FixtureServer server) throws Exception {
    assertSame(first, server);
    server.fault("/", Fault.serverError());
    HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/")).build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(500, response.statusCode());
  }

  @Test
  @Order(2)
  void clearsFaultsAndTheLogBeforeEachTest(FixtureServer server) throws Exception {
    assertSame(first, server);
    assertEquals(List.of(), server.requests());
    HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/")).build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(200, response.statusCode());
  }

  @Nested
  class Inner {
    @Test
    void nestedClassesShareTheEnclosingServer(FixtureServer server) {
      assertSame(first, server);
    }
  }

  @AfterAll
  static void stillRunningUntilTheClassEnds() throws Exception {
    HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(first.uri("/")).build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(200, response.statusCode());
  }

  /** Runs a test class through the JUnit launcher and checks that its server is closed afterwards. */
  @Nested
  class AfterTheClass {
    @Test
    void theServerIsStopped() {
      Launcher launcher = LauncherFactory.create();
      var request = org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
          .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(Probe.class))
          .build();
      Probe.servers.clear();
      launcher.execute(request);
      assertEquals(1, Probe.servers.size());
      assertThrows(ConnectException.class, () -> {
        try {
          HttpClient.newHttpClient().send(HttpRequest.newBuilder(Probe.servers.get(0).uri("/")).build(),
              HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
          throw e instanceof ConnectException ? e : (e.getCause() instanceof ConnectException c ? c : e);
        }
      });
    }
  }

  /** Run only by {@link AfterTheClass}, through the launcher. */
  @ExtendWith(FixtureServerExtension.class)
  static class Probe {
    static final List<FixtureServer> servers = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void records(FixtureServer server) {
      servers.add(server);
    }
  }
}
