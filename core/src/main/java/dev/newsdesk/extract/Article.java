package dev.newsdesk.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A news article as extracted from a page: where it lives, its metadata and its body text.
 *
 * <p>{@code Article a = ArticleExtractor.standard().extract(page); a.title(); a.text();}
 *
 * <p>Text fields are never null: an empty string means the page did not say. An empty
 * {@link #text()} means the page holds no article (see {@link #hasBody()}). The body keeps only
 * the article's own words, paragraphs separated by one blank line ({@code "\n\n"}).
 *
 * @param url the URL the page was fetched from
 * @param canonicalUrl the page's canonical URL ({@code rel=canonical}, {@code og:url}), else
 *     {@code url}; the article's identity in the index
 * @param title the headline, without the site's name
 * @param byline the authors' names, in page order
 * @param published when the article was first published, with the zone the page gave
 * @param modified when it was last modified
 * @param site the publication's name, else the host name
 * @param language the ISO 639-1 code of the article's language, or empty when unknown
 * @param description the page's summary
 * @param image the lead image
 * @param section the section the publication files it under ("World", "Business"), or empty
 * @param tags the publication's topic tags and keywords, in page order, without repeats
 * @param text the body: paragraphs separated by a blank line
 * @since 0.1
 */
public record Article(
    URI url,
    URI canonicalUrl,
    String title,
    List<String> byline,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    String site,
    String language,
    String description,
    Optional<URI> image,
    String section,
    List<String> tags,
    String text) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(title, "title");
    byline = List.copyOf(byline);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(section, "section");
    tags = List.copyOf(tags);
    Objects.requireNonNull(text, "text");
  }

  /** Starts an article at {@code url}; every other part defaults to empty. */
  public static Builder builder(URI url) {
    return new Builder(url);
  }

  /** Whether the page held an article body (false for section fronts, login walls, errors). */
  public boolean hasBody() {
    return !text.isEmpty();
  }

  /** The number of words in {@link #text()}. */
  public int wordCount() {
    return (int) WORD.matcher(text).results().count();
  }

  /** A builder over this article, to change a few parts. */
  public Builder toBuilder() {
    return new Builder(url)
        .canonicalUrl(canonicalUrl)
        .title(title)
        .byline(byline)
        .published(published.orElse(null))
        .modified(modified.orElse(null))
        .site(site)
        .language(language)
        .description(description)
        .image(image.orElse(null))
        .section(section)
        .tags(tags)
        .text(text);
  }

  /**
   * Builds an {@link Article} for hosts that bring their own articles to the index.
   *
   * <p>{@code Article.builder(uri).title("...").text("...").build()}
   */
  public static final class Builder {
    private final URI url;
    private URI canonicalUrl;
    private String title = "";
    private List<String> byline = List.of();
    private OffsetDateTime published;
    private OffsetDateTime modified;
    private String site;
    private String language = "";
    private String description = "";
    private URI image;
    private String section = "";
    private List<String> tags = List.of();
    private String text = "";

    private Builder(URI url) {
      this.url = Objects.requireNonNull(url, "url");
    }

    /** Defaults to the URL. */
    public Builder canonicalUrl(URI value) {
      this.canonicalUrl = value;
      return this;
    }

    public Builder title(String value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    public Builder byline(List<String> names) {
      this.byline = List.copyOf(names);
      return this;
    }

    /** May be null: not known. */
    public Builder published(OffsetDateTime value) {
      this.published = value;
      return this;
    }

    /** May be null: not known. */
    public Builder modified(OffsetDateTime value) {
      this.modified = value;
      return this;
    }

    /** Defaults to the URL's host without {@code www.}. */
    public Builder site(String value) {
      this.site = value;
      return this;
    }

    public Builder language(String value) {
      this.language = Objects.requireNonNull(value, "language");
      return this;
    }

    public Builder description(String value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /** May be null: no image. */
    public Builder image(URI value) {
      this.image = value;
      return this;
    }

    /** Defaults to empty: no section. */
    public Builder section(String value) {
      this.section = Objects.requireNonNull(value, "section");
      return this;
    }

    /** Defaults to none. */
    public Builder tags(List<String> values) {
      this.tags = List.copyOf(values);
      return this;
    }

    public Builder text(String value) {
      this.text = Objects.requireNonNull(value, "text");
      return this;
    }

    public Article build() {
      URI canonical = canonicalUrl == null ? url : canonicalUrl;
      String siteName = site == null || site.isBlank() ? hostOf(canonical) : site;
      return new Article(
          url,
          canonical,
          title,
          byline,
          Optional.ofNullable(published),
          Optional.ofNullable(modified),
          siteName,
          language,
          description,
          Optional.ofNullable(image),
          section,
          tags,
          text);
    }

    private static String hostOf(URI uri) {
      String host = uri.getHost() == null ? "" : uri.getHost();
      return host.startsWith("www.") ? host.substring(4) : host;
    }
  }
}
