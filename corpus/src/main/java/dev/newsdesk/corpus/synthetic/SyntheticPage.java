package dev.newsdesk.corpus.synthetic;

import dev.newsdesk.corpus.Fixture;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.fetch.Page;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One generated news page with its gold article and mentions: what a perfect extractor and
 * recogniser would get from it. Made by {@link SyntheticCorpus}.
 *
 * <p>{@code SyntheticPage p = SyntheticCorpus.seeded(42).page(7); extractor.extract(p.page()).title().equals(p.expected().title());}
 *
 * @param index the page's number in its corpus, from 0
 * @param url the page's URL (unique within the corpus)
 * @param site the outlet's name (also {@code expected().site()})
 * @param layout the site template it is drawn in ({@code wordpress}, {@code newspaper-cms},
 *     {@code broadcaster}, {@code wire}, {@code amp}, {@code table-layout}, {@code blog})
 * @param charset the encoding of {@code html} (UTF-8, or windows-1252 for old table layouts)
 * @param html the page's bytes, in {@code charset}; the page declares its charset itself
 * @param expected the gold article; {@code published} is an ISO-8601 offset date-time, or a
 *     date for layouts that show no time
 * @param mentions the gold entity mentions in {@code expected().text()}, in text order, following
 *     the corpus's annotation guidelines
 * @param duplicateOf for a planted near-duplicate (the same story syndicated to another site,
 *     lightly edited), the index of the original page
 * @since 0.1
 */
public record SyntheticPage(
    long index,
    URI url,
    String site,
    String layout,
    Charset charset,
    byte[] html,
    Fixture.ExpectedArticle expected,
    List<Mention> mentions,
    OptionalLong duplicateOf) {

  public SyntheticPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(expected, "expected");
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }

  /** A name for messages: {@code synthetic-<index>}. */
  public String name() {
    return "synthetic-" + index;
  }

  /** The page as a server would send it, without a charset header (the page declares it). */
  public Page page() {
    return Page.of(html, url);
  }

  /** Whether this page is a planted near-duplicate of an earlier one. */
  public boolean isDuplicate() {
    return duplicateOf.isPresent();
  }

  // Records compare arrays by identity; pages are compared by content.
  @Override
  public boolean equals(Object other) {
    return other instanceof SyntheticPage that
        && index == that.index
        && url.equals(that.url)
        && site.equals(that.site)
        && layout.equals(that.layout)
        && charset.equals(that.charset)
        && Arrays.equals(html, that.html)
        && expected.equals(that.expected)
        && mentions.equals(that.mentions)
        && duplicateOf.equals(that.duplicateOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, url, Arrays.hashCode(html));
  }

  @Override
  public String toString() {
    return "SyntheticPage[" + index + ", " + url + ", " + layout + ", " + html.length + " bytes"
        + (duplicateOf.isPresent() ? ", duplicate of " + duplicateOf.getAsLong() : "") + "]";
  }
}
