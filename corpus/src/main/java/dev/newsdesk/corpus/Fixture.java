package dev.newsdesk.corpus;

import dev.newsdesk.entity.Mention;
import dev.newsdesk.fetch.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One news page of the corpus, with what a perfect extractor and recogniser would get from it.
 *
 * <p>{@code Fixture f = Corpus.fixture("us-iraq-withdrawal-talks"); Page page = f.page(); f.expected().title();}
 *
 * @param name the fixture's name, lower-case words joined by hyphens
 * @param url the page's original URL
 * @param charset the encoding of the page's bytes
 * @param layout the kind of site template it is modelled on ({@code wordpress}, {@code wire}, ...)
 * @param traits free tags: {@code article}, {@code no-article}, {@code non-utf8}, ...
 * @param expected the article it holds
 * @param mentions the gold entity mentions in {@code expected().text()}, in text order
 * @param folder the folder the fixture was read from; empty for the bundled corpus
 * @since 0.1
 */
public record Fixture(
    String name,
    URI url,
    Charset charset,
    String layout,
    Set<String> traits,
    ExpectedArticle expected,
    List<Mention> mentions,
    Optional<Path> folder) {

  public Fixture {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(layout, "layout");
    traits = Set.copyOf(traits);
    Objects.requireNonNull(expected, "expected");
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(folder, "folder");
  }

  /** The page's raw bytes, in its own charset. */
  public byte[] html() {
    try (InputStream in = folder.isPresent() ? Files.newInputStream(folder.get().resolve(name + ".html")) : Corpus.open(name + ".html")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page as a server would send it, without a charset header (the page says it). */
  public Page page() {
    return Page.of(html(), url);
  }

  /** Whether the fixture has this trait. */
  public boolean has(String trait) {
    return traits.contains(trait);
  }

  /** The language the expected article is in. */
  public String language() {
    return expected.language();
  }

  /**
   * The article a perfect extractor would return.
   *
   * @param title the headline
   * @param byline the authors' names
   * @param published the publication time as the page states it (ISO-8601 date-time, or a date)
   * @param site the publication's name
   * @param language ISO 639-1 code
   * @param text the body, paragraphs separated by a blank line; empty for a page with no article
   */
  public record ExpectedArticle(
      String title, List<String> byline, Optional<String> published, String site, String language, String text) {
    public ExpectedArticle {
      Objects.requireNonNull(title, "title");
      byline = List.copyOf(byline);
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(site, "site");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(text, "text");
    }
  }
}
