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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The bundled news-page fixtures: realistic pages in many site layouts, each with its expected
 * article and gold entity mentions. For this project's tests and evaluation, and for host
 * applications that test their own news code without the internet.
 *
 * <p>{@code for (Fixture f : Corpus.fixtures()) assertEquals(f.expected().title(), myExtractor(f.html()));}
 *
 * <p>To fetch them over HTTP instead, with feeds, a sitemap, robots.txt and scripted failures,
 * start a {@link FixtureServer} (or use {@link FixtureServerExtension} in JUnit 5 tests). For
 * corpora of any size, see {@link dev.newsdesk.corpus.synthetic.SyntheticCorpus}.
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

  /** The fixtures whose expected article is in this language (ISO 639-1: {@code en}, {@code fr}). */
  public static List<Fixture> inLanguage(String language) {
    Objects.requireNonNull(language, "language");
    return select(f -> f.language().equalsIgnoreCase(language));
  }

  /** The fixtures whose bytes are in this charset ({@code windows-1252}, say). */
  public static List<Fixture> inCharset(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    return select(f -> f.charset().equals(charset));
  }

  /** The fixtures modelled on this kind of site template ({@code wordpress}, {@code wire}, ...). */
  public static List<Fixture> withLayout(String layout) {
    Objects.requireNonNull(layout, "layout");
    return select(f -> f.layout().equals(layout));
  }

  /** The fixtures that hold an article (all but section fronts, error pages and the like). */
  public static List<Fixture> withArticle() {
    return select(f -> !f.expected().text().isEmpty());
  }

  /** The fixtures that hold no article (trait {@code no-article}): an extractor must find no body. */
  public static List<Fixture> withoutArticle() {
    return select(f -> f.expected().text().isEmpty());
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

  /**
   * The fixtures in a folder of {@code NAME.html} + {@code NAME.json} pairs in this corpus's
   * format (see FIXTURES.md; {@code charset}, {@code layout}, {@code traits} and {@code mentions}
   * may be left out), for scoring on pages of one's own. An HTML file without its JSON is skipped.
   *
   * @throws UncheckedIOException naming the file that cannot be read
   */
  public static List<Fixture> fromFolder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    List<Fixture> fixtures = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path html : files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()) {
        String file = html.getFileName().toString();
        String name = file.substring(0, file.length() - ".html".length());
        Path expected = folder.resolve(name + ".json");
        if (Files.isRegularFile(expected)) {
          try (InputStream in = Files.newInputStream(expected)) {
            fixtures.add(fromJson(name, JSON.readTree(in), Optional.of(folder)));
          } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot read fixture " + expected + ": " + e.getMessage(), e));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
    return List.copyOf(fixtures);
  }

  private static Fixture load(String name) throws IOException {
    try (InputStream in = open(name + ".json")) {
      return fromJson(name, JSON.readTree(in), Optional.empty());
    }
  }

  private static Fixture fromJson(String name, JsonNode json, Optional<Path> folder) {
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
    String url = json.path("url").asText();
    return new Fixture(
        name,
        url.isBlank() ? URI.create("https://fixtures.invalid/" + name) : URI.create(url),
        Charset.forName(json.path("charset").asText("UTF-8")),
        json.path("layout").asText(),
        Set.copyOf(traits),
        expected,
        mentions,
        folder);
  }
}
