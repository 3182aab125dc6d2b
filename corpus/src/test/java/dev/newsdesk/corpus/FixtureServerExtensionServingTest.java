package dev.newsdesk.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FixtureServerExtensionServingTest {
  @RegisterExtension
  static final FixtureServerExtension SERVER = FixtureServerExtension.serving(Corpus.withLayout("wire"));

  @Test
  void servesOnlyTheFixturesItWasGiven(FixtureServer server) throws Exception {
    assertEquals(Corpus.withLayout("wire"), server.fixtures());
    HttpClient client = HttpClient.newHttpClient();
    for (Fixture f : Corpus.fixtures()) {
      int status = client.send(HttpRequest.newBuilder(server.uri(f)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      assertEquals(f.layout().equals("wire") ? 200 : 404, status, f.name());
    }
  }
}
