package dev.newsdesk.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.internal.text.Whitespace;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from a page. Each field takes the first source that has it, in the
 * order documented on each method: structured data first, then meta tags, then the visible page.
 */
final class MetadataReader {
  private static final Pattern TITLE_SEPARATORS = Pattern.compile(" [|\\-–—·:]{1,2} ");
  private static final Pattern BY_PREFIX = Pattern.compile("(?iu)^\\s*(by|von|par|por)\\s+");
  private static final int MAX_BYLINE_CHARS = 100;

  private final Document doc;
  private final URI url;
  private final Optional<JsonNode> jsonLd;

  MetadataReader(Document doc, URI url) {
    this.doc = doc;
    this.url = url;
    this.jsonLd = JsonLd.article(doc);
  }

  /** rel=canonical, then og:url, then the page URL. */
  URI canonicalUrl() {
    return first(
            () -> doc.select("link[rel=canonical]").attr("abs:href"),
            () -> absolute(meta("og:url")))
        .flatMap(MetadataReader::toUri)
        .orElse(url);
  }

  /** og:site_name, then JSON-LD publisher name, then application-name; else empty. */
  String site() {
    return first(
            () -> meta("og:site_name"),
            () -> jsonLd.map(a -> a.get("publisher")).map(p -> JsonLd.texts(p)).filter(l -> !l.isEmpty()).map(l -> l.get(0)).orElse(""),
            () -> meta("application-name"))
        .orElse("");
  }

  /** og:title, then JSON-LD headline, then the first h1, then {@code <title>}; site suffix removed. */
  String title(String site) {
    String title =
        first(
                () -> meta("og:title"),
                () -> jsonLd.map(a -> JsonLd.text(a, "headline")).orElse(""),
                () -> doc.select("h1").text())
            .orElseGet(() -> headlineInDocumentTitle(site));
    return withoutSiteName(Whitespace.normalize(title), site);
  }

  /**
   * The headline part of {@code <title>} ("Site - Headline", "Headline | Section | Site"): the
   * part the page also shows as an element's text, else the longest part when the others are
   * short (a site or section name), else the whole title.
   */
  private String headlineInDocumentTitle(String site) {
    String title = Whitespace.normalize(doc.title());
    String[] parts = TITLE_SEPARATORS.split(title);
    if (parts.length < 2) {
      return title;
    }
    for (String part : parts) {
      String wanted = part.strip();
      if (!wanted.equalsIgnoreCase(site) && doc.body() != null
          && doc.body().getElementsMatchingOwnText(Pattern.quote(wanted)).stream()
              .anyMatch(e -> Whitespace.normalize(e.text()).equals(wanted))) {
        return wanted;
      }
    }
    String longest = Arrays.stream(parts).map(String::strip).max(Comparator.comparingInt(String::length)).orElse(title);
    boolean othersShort = Arrays.stream(parts).map(String::strip)
        .filter(p -> !p.equals(longest)).allMatch(p -> p.split(" ").length <= 4);
    return othersShort ? longest : title;
  }

  /** JSON-LD author, then meta author, then rel=author links, then byline elements. */
  List<String> byline() {
    List<String> fromJson = jsonLd.map(a -> JsonLd.texts(a.get("author"))).orElse(List.of())
        .stream().flatMap(n -> Bylines.names(n).stream()).distinct().toList();
    if (!fromJson.isEmpty()) {
      return fromJson;
    }
    return Stream.<Supplier<String>>of(
            () -> meta("author"),
            () -> String.join(", ", doc.select("a[rel=author]").eachText()),
            () -> byIdOrClass("byline", "author-name", "author"),
            this::byLineText)
        .map(Supplier::get)
        .map(Bylines::names)
        .filter(names -> !names.isEmpty())
        .findFirst()
        .orElse(List.of());
  }

  /** A short element reading "By ..." ("By <b>Daniel Okafor</b>, Staff Writer"), as old layouts have. */
  private String byLineText() {
    if (doc.body() == null) {
      return "";
    }
    for (Element el : doc.body().getAllElements()) {
      if (BY_PREFIX.matcher(el.ownText()).find()) {
        String text = Whitespace.normalize(el.text());
        if (text.length() <= MAX_BYLINE_CHARS) {
          return text;
        }
      }
    }
    return "";
  }

  /**
   * JSON-LD datePublished, then article:published_time and similar meta tags, then the first
   * {@code <time datetime>}, then a date in the URL, then a written date near the top.
   */
  Optional<OffsetDateTime> published() {
    return jsonLd.flatMap(a -> Dates.parseMachine(JsonLd.text(a, "datePublished")))
        .or(() -> Dates.parseMachine(meta("article:published_time")))
        .or(() -> Dates.parseMachine(meta("datePublished")))
        .or(() -> Dates.parseMachine(meta("pubdate")))
        .or(() -> Dates.parseMachine(meta("publish-date")))
        .or(() -> Dates.parseMachine(meta("dc.date")))
        .or(() -> Dates.parseMachine(meta("date")))
        .or(() -> Dates.parseMachine(doc.select("time[datetime]").attr("datetime")))
        .or(() -> Dates.fromUrl(url.getPath() == null ? "" : url.getPath()))
        .or(() -> Dates.parseWritten(byIdOrClass("date", "published", "timestamp", "dateline", "time")));
  }

  /** JSON-LD dateModified, then article:modified_time, then og:updated_time. */
  Optional<OffsetDateTime> modified() {
    return jsonLd.flatMap(a -> Dates.parseMachine(JsonLd.text(a, "dateModified")))
        .or(() -> Dates.parseMachine(meta("article:modified_time")))
        .or(() -> Dates.parseMachine(meta("og:updated_time")));
  }

  /** html lang, then content-language, then og:locale; the primary subtag, lower case. */
  String declaredLanguage() {
    String lang =
        first(
                () -> doc.select("html").attr("lang"),
                () -> doc.select("meta[http-equiv~=(?i)content-language]").attr("content"),
                () -> meta("og:locale"),
                () -> jsonLd.map(a -> JsonLd.text(a, "inLanguage")).orElse(""))
            .orElse("");
    return lang.split("[-_,;]", 2)[0].trim().toLowerCase(Locale.ROOT);
  }

  /** og:description, then meta description, then JSON-LD description. */
  String description() {
    return Whitespace.normalize(
        first(
                () -> meta("og:description"),
                () -> meta("description"),
                () -> jsonLd.map(a -> JsonLd.text(a, "description")).orElse(""))
            .orElse(""));
  }

  /** og:image, then JSON-LD image, then twitter:image. */
  Optional<URI> image() {
    return first(
            () -> absolute(meta("og:image")),
            () -> absolute(jsonLd.map(a -> JsonLd.text(a, "image")).orElse("")),
            () -> absolute(meta("twitter:image")))
        .flatMap(MetadataReader::toUri);
  }

  /** JSON-LD articleBody, when the page ships it. */
  String structuredBody() {
    return jsonLd.map(a -> JsonLd.text(a, "articleBody")).orElse("");
  }

  private String meta(String name) {
    Element el = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return el == null ? "" : el.attr("content").trim();
  }

  private String byIdOrClass(String... cues) {
    for (String cue : cues) {
      Element el = doc.selectFirst("[class~=(?i)(^|[-_ ])" + cue + "($|[-_ ])], [id~=(?i)(^|[-_ ])" + cue + "($|[-_ ])], [itemprop=" + cue + "]");
      if (el != null && !el.text().isBlank()) {
        return el.text();
      }
    }
    return "";
  }

  private String absolute(String href) {
    if (href.isBlank()) {
      return "";
    }
    try {
      return url.resolve(href.trim()).toString();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static Optional<URI> toUri(String value) {
    try {
      URI uri = new URI(value.trim());
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  @SafeVarargs
  private static Optional<String> first(Supplier<String>... sources) {
    for (Supplier<String> source : sources) {
      String value = source.get();
      if (value != null && !value.isBlank()) {
        return Optional.of(value.trim());
      }
    }
    return Optional.empty();
  }

  /** "Headline - Site", "Headline | Site", "Site: Headline" lose the site part. */
  static String withoutSiteName(String title, String site) {
    String[] separators = {" | ", " - ", " – ", " — ", " :: ", " · "};
    for (String sep : separators) {
      int at = title.lastIndexOf(sep);
      if (at > 0) {
        String tail = title.substring(at + sep.length()).trim();
        if (!site.isEmpty() && tail.equalsIgnoreCase(site) || tail.split(" ").length <= 3 && at > title.length() / 2) {
          return title.substring(0, at).trim();
        }
      }
    }
    return title;
  }
}
