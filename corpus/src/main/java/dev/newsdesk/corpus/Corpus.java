package dev.newsdesk.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Mention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The bundled news-page fixtures: realistic pages in many site layouts, each with its expected
 * article and gold entity mentions. For this project's tests and evaluation, and for host
 * applications that test their own news code without the internet.
 *
 * <p>{@code for (Fixture f : Corpus.fixtures()) assertEquals(f.expected().title(), myExtractor(f.html()));}
 *
 * @since 0.1
 */
public final class Corpus {
  private static final String ROOT = "/dev/newsdesk/corpus/fixtures/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Fixture> ALL = loadAll();

  private Corpus() {}

  /** Every fixture, in name order. */
  public static List<Fixture> fixtures() {
    return ALL;
  }

  /** The fixtures with this trait ({@code article}, {@code no-article}, {@code non-utf8}, ...). */
  public static List<Fixture> withTrait(String trait) {
    return select(f -> f.has(trait));
  }

  /** The fixtures that satisfy {@code filter}. */
  public static List<Fixture> select(Predicate<Fixture> filter) {
    return ALL.stream().filter(filter).toList();
  }

  /**
   * The fixture with this name.
   *
   * @throws NoSuchElementException naming the fixtures there are, if there is none by that name
   */
  public static Fixture fixture(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException(
            "No fixture named " + name + "; there are: " + ALL.stream().map(Fixture::name).toList()));
  }

  static InputStream open(String file) {
    InputStream in = Corpus.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new IllegalStateException("Corpus resource " + ROOT + file + " is missing");
    }
    return in;
  }

  private static List<Fixture> loadAll() {
    List<Fixture> fixtures = new ArrayList<>();
    try (BufferedReader index = new BufferedReader(new InputStreamReader(open("index.txt"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = index.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          fixtures.add(load(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(fixtures);
  }

  private static Fixture load(String name) throws IOException {
    JsonNode json;
    try (InputStream in = open(name + ".json")) {
      json = JSON.readTree(in);
    }
    List<String> byline = new ArrayList<>();
    json.path("byline").forEach(n -> byline.add(n.asText()));
    List<String> traits = new ArrayList<>();
    json.path("traits").forEach(n -> traits.add(n.asText()));
    JsonNode published = json.path("published");
    Fixture.ExpectedArticle expected = new Fixture.ExpectedArticle(
        json.path("title").asText(),
        byline,
        published.isNull() || published.isMissingNode() ? Optional.empty() : Optional.of(published.asText()),
        json.path("site").asText(),
        json.path("language").asText(),
        json.path("text").asText());
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode m : json.path("mentions")) {
      mentions.add(new Mention(m.get("start").asInt(), m.get("end").asInt(), m.get("text").asText(),
          EntityType.valueOf(m.get("type").asText()), m.get("entity").asText()));
    }
    return new Fixture(
        name,
        URI.create(json.path("url").asText()),
        Charset.forName(json.path("charset").asText("UTF-8")),
        json.path("layout").asText(),
        Set.copyOf(traits),
        expected,
        mentions);
  }
}
