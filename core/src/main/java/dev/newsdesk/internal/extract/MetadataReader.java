package dev.newsdesk.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.internal.text.Whitespace;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an article's metadata from a page. Each field takes the first source that has it, in the
 * order documented on each method: structured data first, then meta tags, then the visible page.
 */
final class MetadataReader {
  private static final Pattern TITLE_SEPARATORS = Pattern.compile(" [|\\-–—·:«»]{1,2} ");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LOGO = Pattern.compile("(?i)logo|brand|(site|blog)-?(title|name|header)|masthead");
  private static final Pattern BY_PREFIX = Pattern.compile("(?iu)^\\s*(by|von|par|por)\\s+");
  private static final int MAX_BYLINE_CHARS = 200;
  /** How many elements from the top of the body a written date is looked for in. */
  private static final int DATE_SEARCH_ELEMENTS = 400;
  /** Keyword lists stuffed for search engines run long: the first ones are the publication's own. */
  private static final int MAX_TAGS = 30;
  private static final int MAX_TAG_CHARS = 80;

  // Queries are parsed once: jsoup parses a query string on every select.
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
  private static final Evaluator HEADLINES = QueryParser.parse("h1, [itemprop=headline], .entry-title, .headline");
  private static final Evaluator IMAGE = QueryParser.parse("img");
  private static final Evaluator AUTHOR_LINKS = QueryParser.parse("a[rel=author]");
  private static final Evaluator AUTHOR_PAGE_LINKS = QueryParser.parse("a[href*=/author/], a[href*=/authors/]");
  private static final Evaluator TIMES = QueryParser.parse("time[datetime]");
  private static final Evaluator PUBLISH_METAS =
      QueryParser.parse("meta[name~=(?i)pub(lish)?[-_.]?(date|time)], meta[property~=(?i)pub(lish)?[-_.]?(date|time)]");
  private static final Evaluator META = QueryParser.parse("meta");
  private static final Evaluator ARTICLE_TAGS = QueryParser.parse("meta[property=article:tag], meta[name=article:tag]");
  private static final Evaluator ROOT = QueryParser.parse("html");
  private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)content-language]");
  /** Elements with a cue as a word of their class or id ("byline", "post-byline"), by cue. */
  private static final Map<String, Evaluator> CUE_WORDS = new ConcurrentHashMap<>();
  /** Elements with a cue anywhere in their class or id ("cmsByline"), by cue. */
  private static final Map<String, Evaluator> CUE_PARTS = new ConcurrentHashMap<>();

  private final Document doc;
  private final PageElements elements;
  private final URI url;
  private final Optional<JsonNode> jsonLd;
  private final java.util.Map<String, String> metas;

  MetadataReader(Document doc, URI url) {
    this.doc = doc;
    this.url = url;
    this.elements = PageElements.of(doc);
    this.jsonLd = JsonLd.article(elements);
    this.metas = metas(elements);
  }

  /** rel=canonical, then og:url, then the page URL. */
  URI canonicalUrl() {
    return first(
            this::canonicalLink,
            () -> absolute(meta("og:url")))
        .flatMap(MetadataReader::toUri)
        .orElse(url);
  }

  /** The first canonical link's absolute URL (resolved once: resolving costs more than finding it). */
  private String canonicalLink() {
    for (Element link : elements.select("link", CANONICAL)) {
      String href = absoluteHref(link);
      if (!href.isEmpty()) {
        return href;
      }
    }
    return "";
  }

  /**
   * The link's href made absolute as jsoup's {@code absUrl} makes it. Most canonical links are
   * already plain absolute URLs, which it would return unchanged after a regular expression, a
   * {@code java.net.URL} parse and a rebuild: those are returned as they are.
   */
  private static String absoluteHref(Element link) {
    String href = link.attr("href");
    return isPlainAbsoluteUrl(href) ? href : link.absUrl("href");
  }

  /**
   * Whether {@code href} is an http(s) URL that jsoup's resolution returns unchanged: a lower-case
   * scheme, a host, printable ASCII without user info, IPv6 brackets, backslashes or dot segments
   * (all of which it rewrites or drops).
   */
  static boolean isPlainAbsoluteUrl(String href) {
    int start = href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : -1;
    if (start < 0 || start == href.length() || !Character.isLetterOrDigit(href.charAt(start)) || href.contains("/.")) {
      return false;
    }
    for (int i = start; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c <= ' ' || c >= 0x7F || c == '@' || c == '\\' || c == '[' || c == ']') {
        return false;
      }
    }
    return href.indexOf('#') == href.lastIndexOf('#');
  }

  /** og:site_name, then JSON-LD publisher name, then application-name; else empty. */
  String site() {
    return first(
            () -> meta("og:site_name"),
            () -> jsonLd.map(a -> a.get("publisher")).map(p -> JsonLd.texts(p)).filter(l -> !l.isEmpty()).map(l -> l.get(0)).orElse(""),
            () -> meta("application-name"))
        .orElse("");
  }

  /**
   * The visible headline (the first h1 or headline-marked element that is not the site's logo)
   * when og:title, the JSON-LD headline or {@code <title>} names the same story; else og:title,
   * then JSON-LD headline, then the visible headline, then {@code <title>}; site suffix removed.
   */
  String title(String site) {
    String headline = visibleHeadline(site);
    String structured = jsonLd.map(a -> JsonLd.text(a, "headline")).orElse("");
    // og:title and even JSON-LD often carry a shorter headline written for social networks and
    // search: the headline the page shows is the article's, once the metadata confirms that it
    // names the same story (and is not a banner or a section name).
    String social = meta("og:title");
    if (!headline.isEmpty() && Stream.of(social, structured, doc.title()).anyMatch(t -> sameStory(t, headline))) {
      return headline;
    }
    String title =
        first(
                () -> social,
                () -> structured,
                () -> headline)
            .orElseGet(() -> headlineInDocumentTitle(site));
    String clean = withoutSiteName(Whitespace.normalize(title), site);
    // Metadata titles are sometimes cut short, or typed with plain quotes: the page's own headline
    // then says the same with more care.
    if (headline.length() > clean.length() && typographic(headline).startsWith(typographic(clean))
        || headline.length() == clean.length() && typographic(headline).equals(typographic(clean))) {
      return headline;
    }
    return clean;
  }

  /**
   * The page's visible headline: the first h1 (or headline-classed element) that is not the site's
   * logo. Elements are asked one by one, as most pages' first is the one, and only h1s and elements
   * with attributes, which the others cannot be.
   */
  private String visibleHeadline(String site) {
    for (Element el : elements.all()) {
      if (el.attributesSize() == 0 && !el.normalName().equals("h1") || !HEADLINES.matches(doc, el)) {
        continue;
      }
      String text = Whitespace.normalize(el.text());
      boolean logo = LOGO.matcher(el.className() + " " + el.id()).find()
          || el.parents().stream().anyMatch(p -> LOGO.matcher(p.className() + " " + p.id()).find() && !p.normalName().equals("body"));
      if (!text.isEmpty() && !logo && !text.equalsIgnoreCase(site) && el.selectFirst(IMAGE) == null) {
        return text;
      }
    }
    return "";
  }

  /** Whether at least half the words of a metadata title are words of the visible headline. */
  private static boolean sameStory(String metadataTitle, String headline) {
    Set<String> shown = words(headline);
    Set<String> named = words(metadataTitle);
    long common = named.stream().filter(shown::contains).count();
    return !named.isEmpty() && common * 2 >= named.size();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String typographic(String s) {
    return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('–', '-');
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
    String[] longestFirst = Arrays.stream(parts).map(String::strip)
        .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
    for (String wanted : longestFirst) {
      if (!wanted.equalsIgnoreCase(site) && elements.body().stream()
          .anyMatch(e -> e.ownText().contains(wanted) && Whitespace.normalize(e.text()).equals(wanted))) {
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
            () -> String.join(", ", elements.select("a", AUTHOR_LINKS).eachText()),
            () -> String.join(", ", elements.select("a", AUTHOR_PAGE_LINKS).eachText()),
            () -> byIdOrClass("byline", "author-name", "author"),
            () -> containing("byline"),
            this::byLineText)
        .map(Supplier::get)
        .map(Bylines::names)
        .filter(names -> !names.isEmpty())
        .findFirst()
        .orElse(List.of());
  }

  /**
   * The zone a written date without one is in: the publication's, guessed from the page's
   * language where one zone dominates it (Chinese, Japanese, Korean pages), else UTC.
   */
  private java.time.ZoneOffset localZone() {
    return switch (declaredLanguage()) {
      case "zh" -> java.time.ZoneOffset.ofHours(8);
      case "ja", "ko" -> java.time.ZoneOffset.ofHours(9);
      default -> java.time.ZoneOffset.UTC;
    };
  }

  /** The text of the first short element near the top of the body that holds a written date. */
  private String dateNearTop() {
    int looked = 0;
    for (Element el : elements.body()) {
      String own = el.ownText();
      if (!own.isBlank() && own.length() < MAX_BYLINE_CHARS && Dates.parseWritten(own, java.time.ZoneOffset.UTC).isPresent()) {
        return own;
      }
      if (++looked > DATE_SEARCH_ELEMENTS) {
        break;
      }
    }
    return "";
  }

  /**
   * A short element reading "By ..." ("By <b>Daniel Okafor</b>, Staff Writer"), as old layouts
   * have: its first line, as the writer's role and the date often follow a line break.
   */
  private String byLineText() {
    for (Element el : elements.body()) {
      if (mayOwnTextStartByline(el) && BY_PREFIX.matcher(el.ownText()).find()) {
        String text = Whitespace.normalize(firstLine(el));
        if (text.length() <= MAX_BYLINE_CHARS) {
          return text;
        }
      }
    }
    return "";
  }

  /** The element's text up to its first line break of its own. */
  private static String firstLine(Element el) {
    StringBuilder line = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode text) {
        line.append(text.getWholeText());
      } else if (child instanceof Element inner) {
        if (inner.normalName().equals("br")) {
          break;
        }
        String separator = inner.isBlock() ? " " : "";
        line.append(separator).append(inner.text()).append(separator);
      }
    }
    return line.toString();
  }

  /**
   * Whether the element's own text may open with {@link #BY_PREFIX}'s words: its first own
   * text that is not blank is found without building the own text of every element of the body.
   */
  private static boolean mayOwnTextStartByline(Element el) {
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        String text = t.getWholeText();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (!Whitespace.isSpace(c) && !Whitespace.isInvisible(c)) {
            return Bylines.mayOpenByline(c);
          }
        }
      }
    }
    return false;
  }

  /**
   * JSON-LD datePublished, then article:published_time and similar meta tags, then the first
   * {@code <time datetime>}, then a date in the URL, then a written date near the top.
   */
  Optional<OffsetDateTime> published() {
    Optional<OffsetDateTime> declared = declaredPublished();
    if (declared.isPresent() && !isDateOnly(declared.get())) {
      return declared;
    }
    Optional<OffsetDateTime> written = Dates.parseWritten(byIdOrClass("date", "published", "timestamp", "dateline", "time"), localZone())
        .or(() -> Dates.parseWritten(dateNearTop(), localZone()));
    Optional<OffsetDateTime> day = declared.or(() -> Dates.fromUrl(url.getPath() == null ? "" : url.getPath()));
    // A bare day (from metadata or the URL) is reliable but has no time; a written date on that same
    // day adds it. A written date on another day may be the site's "today" in its header, so the
    // bare day wins then.
    if (day.isPresent()) {
      return written.filter(w -> w.toLocalDate().equals(day.get().toLocalDate())).or(() -> day);
    }
    return written;
  }

  /**
   * The publication time the page's metadata declares (JSON-LD, meta tags, {@code <time>}), without
   * guesses from the URL or the visible text: for a page with no article, a date in its URL is the
   * date of something else.
   */
  Optional<OffsetDateTime> declaredPublished() {
    return jsonLd.flatMap(a -> Dates.parseMachine(JsonLd.text(a, "datePublished")))
        .or(() -> Dates.parseMachine(meta("article:published_time")))
        .or(() -> Dates.parseMachine(meta("datePublished")))
        .or(() -> Dates.parseMachine(meta("pubdate")))
        .or(() -> Dates.parseMachine(meta("publish-date")))
        .or(() -> Dates.parseMachine(meta("dc.date")))
        .or(() -> Dates.parseMachine(meta("date")))
        .or(() -> Dates.parseMachine(elements.select("time", TIMES).attr("datetime")))
        .or(this::anyPublishMeta);
  }

  /** Whether a parsed time carries only a day: what a date without time parses to. */
  private static boolean isDateOnly(OffsetDateTime time) {
    return time.getOffset().equals(java.time.ZoneOffset.UTC) && time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
  }

  /** A meta tag of any vendor naming a publication time ("parsely-pub-date", "...:publishtime"). */
  private Optional<OffsetDateTime> anyPublishMeta() {
    for (Element meta : elements.select("meta", PUBLISH_METAS)) {
      Optional<OffsetDateTime> parsed = Dates.parseMachine(meta.attr("content"));
      if (parsed.isPresent()) {
        return parsed;
      }
    }
    return Optional.empty();
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
                () -> elements.select("html", ROOT).attr("lang"),
                () -> elements.select("meta", CONTENT_LANGUAGE).attr("content"),
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

  /** JSON-LD articleSection, then article:section, then a vendor's section meta tag; else empty. */
  String section() {
    return Whitespace.normalize(
        first(
                () -> jsonLd.map(a -> JsonLd.text(a, "articleSection")).orElse(""),
                () -> meta("article:section"),
                () -> meta("parsely-section"),
                () -> meta("section"))
            .orElse(""));
  }

  /**
   * Every article:tag, then JSON-LD keywords, news_keywords and keywords meta tags (comma
   * separated), in that order; the first spelling of a tag wins, case aside.
   */
  List<String> tags() {
    List<String> sources = new java.util.ArrayList<>(
        elements.select("meta", ARTICLE_TAGS).eachAttr("content"));
    sources.add(jsonLd.map(a -> String.join(",", JsonLd.texts(a.get("keywords")))).orElse(""));
    sources.addAll(List.of(meta("news_keywords"), meta("keywords"), meta("parsely-tags")));
    java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
    for (String source : sources) {
      for (String part : source.split("[,;]")) {
        String tag = Whitespace.normalize(part);
        if (!tag.isEmpty() && tag.length() <= MAX_TAG_CHARS && tags.size() < MAX_TAGS) {
          tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
      }
    }
    return List.copyOf(tags.values());
  }

  private String meta(String name) {
    return metas.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
  }

  /** Every meta tag's content by its property, name or itemprop (lower case; the first one wins). */
  private static java.util.Map<String, String> metas(PageElements elements) {
    java.util.Map<String, String> metas = new java.util.HashMap<>();
    for (Element el : elements.select("meta", META)) {
      String content = el.attr("content").trim();
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String name = el.attr(key);
        if (!name.isEmpty()) {
          metas.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), content);
        }
      }
    }
    return metas;
  }

  /**
   * Elements whose class or id has {@code cue} as a word, or whose itemprop is {@code cue}. The
   * patterns run only where some attribute holds the cue in some case: most never do.
   */
  private static Evaluator cueWord(String cue) {
    Evaluator exact =
        QueryParser.parse("[class~=(?i)(^|[-_ ])" + cue + "($|[-_ ])], [id~=(?i)(^|[-_ ])" + cue + "($|[-_ ])], [itemprop=" + cue + "]");
    return new Evaluator() {
      @Override
      public boolean matches(Element root, Element el) {
        return anyAttributeHolds(el, cue) && exact.matches(root, el);
      }

      @Override
      public String toString() {
        return exact.toString();
      }
    };
  }

  /** Whether an attribute's value holds {@code part}, a lower-case ASCII word, in any case. */
  private static boolean anyAttributeHolds(Element el, String part) {
    for (Attribute attribute : el.attributes()) {
      if (BodyExtractor.containsIgnoringCase(attribute.getValue(), part)) {
        return true;
      }
    }
    return false;
  }

  private String byIdOrClass(String... cues) {
    for (String cue : cues) {
      Element el = elements.selectFirstWithAttributes(CUE_WORDS.computeIfAbsent(cue, MetadataReader::cueWord));
      if (el != null && !el.text().isBlank()) {
        return el.text();
      }
    }
    return "";
  }

  /** The text of the first element whose class or id contains {@code cue} ("cmsByline"). */
  private String containing(String cue) {
    Element el = elements.selectFirstWithAttributes(CUE_PARTS.computeIfAbsent(cue, c -> QueryParser.parse("[class*=" + c + "], [id*=" + c + "]")));
    return el == null ? "" : el.text();
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
