package dev.newsdesk.internal.feed;

import dev.newsdesk.fetch.Feed;
import dev.newsdesk.fetch.FeedException;
import dev.newsdesk.fetch.FeedItem;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.internal.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF), Atom 1.0, sitemaps, Google News sitemaps and sitemap indexes with
 * jsoup's XML parser, which is lenient (a truncated feed still gives the items before the break)
 * and never resolves external entities or DTDs. Element names are matched without regard to case,
 * and with or without the namespace prefix the root element uses.
 */
public final class FeedParser {
  private FeedParser() {}

  private static final Set<String> FEED_TYPES =
      Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/rss", "text/rss+xml");

  /** Reads {@code page} as a feed or sitemap. */
  public static Feed parse(Page page) {
    return read(page, true).orElseThrow();
  }

  /** Reads {@code page} as a feed or sitemap; empty when it is an HTML page (to discover feeds in). */
  public static Optional<Feed> parseUnlessHtml(Page page) {
    return read(page, false);
  }

  private static Optional<Feed> read(Page page, boolean htmlIsAnError) {
    URI url = page.url();
    Document doc = parseXml(page);
    Element root = doc.children().first();
    if (root == null) {
      throw new FeedException(url, Messages.notAFeed(url, page.body().length == 0 ? "it is empty" : "it holds no XML element"), null);
    }
    String name = lower(root.tagName());
    String local = localName(name);
    if (local.equals("html") && !htmlIsAnError) {
      return Optional.empty();
    }
    return Optional.of(switch (local) {
      case "rss" -> rss2(url, root);
      case "rdf" -> rss1(url, root);
      case "feed" -> atom(url, root, prefix(name));
      case "urlset" -> sitemap(url, root, prefix(name));
      case "sitemapindex" -> sitemapIndex(url, root, prefix(name));
      case "html" -> throw new FeedException(url, Messages.notAFeed(url, "it is an HTML page; its feeds are found with Feed.discover"), null);
      default -> throw new FeedException(url, Messages.notAFeed(url,
          "its root element is <" + root.tagName() + ">, not rss, rdf:RDF, feed, urlset or sitemapindex"), null);
    });
  }

  /** The feeds {@code page} links to with {@code <link rel=alternate>}, in page order. */
  public static List<URI> discover(Page page) {
    Document html;
    try {
      html = Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset().map(c -> c.name()).orElse(null), page.url().toString());
    } catch (IOException e) {
      return List.of(); // bytes in memory: cannot fail
    }
    Set<URI> feeds = new LinkedHashSet<>();
    for (Element link : html.select("link[href][type]")) {
      boolean alternate = List.of(lower(link.attr("rel")).split("\\s+")).contains("alternate");
      String type = lower(link.attr("type")).split(";", 2)[0].strip();
      if (alternate && FEED_TYPES.contains(type)) {
        toUri(page.url(), link.attr("href")).ifPresent(feeds::add);
      }
    }
    return new ArrayList<>(feeds);
  }

  private static Document parseXml(Page page) {
    try {
      String charset = page.charset().map(c -> c.name()).orElse(null);
      return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.url().toString(), Parser.xmlParser());
    } catch (IOException e) {
      throw new FeedException(page.url(), Messages.notAFeed(page.url(), "it cannot be decoded: " + e.getMessage()), e);
    }
  }

  private static Feed rss2(URI url, Element root) {
    Element channel = child(root, "channel");
    Element holder = channel == null ? root : channel;
    List<Element> entries = new ArrayList<>(children(holder, "item"));
    if (channel != null) {
      entries.addAll(children(root, "item")); // RSS 0.9x put items beside the channel
    }
    Items items = new Items();
    for (Element item : entries) {
      String guid = text(item, "guid");
      Element guidElement = child(item, "guid");
      boolean permalink = guidElement != null && !lower(guidElement.attr("isPermaLink")).equals("false");
      String link = first(text(item, "feedburner:origlink"), text(item, "link"), permalink ? guid : "");
      items.add(url, link, text(item, "title"),
          date(first(text(item, "pubdate"), text(item, "dc:date"), text(item, "a10:published"))),
          date(first(text(item, "atom:updated"), text(item, "a10:updated"), text(item, "dc:modified"))), guid);
    }
    return new Feed(url, Feed.Format.RSS_2, channel == null ? "" : text(channel, "title"), items.list(), List.of());
  }

  private static Feed rss1(URI url, Element root) {
    Element channel = child(root, "channel", "rss:channel");
    Items items = new Items();
    for (Element item : children(root, "item", "rss:item")) {
      String about = item.attr("rdf:about");
      items.add(url, first(text(item, "link", "rss:link"), about), text(item, "title", "rss:title"),
          date(text(item, "dc:date")), Optional.empty(), about);
    }
    return new Feed(url, Feed.Format.RSS_1, channel == null ? "" : text(channel, "title", "rss:title"), items.list(), List.of());
  }

  private static Feed atom(URI url, Element root, String p) {
    Items items = new Items();
    for (Element entry : children(root, p + "entry")) {
      items.add(url, atomLink(entry, p), text(entry, p + "title"), date(text(entry, p + "published")),
          date(text(entry, p + "updated")), text(entry, p + "id"));
    }
    return new Feed(url, Feed.Format.ATOM, text(root, p + "title"), items.list(), List.of());
  }

  /** The entry's {@code link rel=alternate} (or without rel), preferring an HTML one. */
  private static String atomLink(Element entry, String p) {
    String fallback = "";
    for (Element link : children(entry, p + "link")) {
      String rel = lower(link.attr("rel"));
      if (!rel.isEmpty() && !rel.equals("alternate")) {
        continue;
      }
      String type = lower(link.attr("type"));
      if (type.isEmpty() || type.contains("html")) {
        return link.attr("href");
      }
      if (fallback.isEmpty()) {
        fallback = link.attr("href");
      }
    }
    return fallback;
  }

  private static Feed sitemap(URI url, Element root, String p) {
    Items items = new Items();
    boolean news = false;
    for (Element entry : children(root, p + "url")) {
      Element article = child(entry, "news:news");
      news |= article != null;
      String title = article == null ? "" : text(article, "news:title");
      Optional<OffsetDateTime> published = article == null ? Optional.empty() : date(text(article, "news:publication_date"));
      items.add(url, text(entry, p + "loc"), title, published, date(text(entry, p + "lastmod")), "");
    }
    return new Feed(url, news ? Feed.Format.NEWS_SITEMAP : Feed.Format.SITEMAP, "", items.list(), List.of());
  }

  private static Feed sitemapIndex(URI url, Element root, String p) {
    Set<URI> sitemaps = new LinkedHashSet<>();
    for (Element entry : children(root, p + "sitemap")) {
      toUri(url, text(entry, p + "loc")).ifPresent(sitemaps::add);
    }
    return new Feed(url, Feed.Format.SITEMAP_INDEX, "", List.of(), new ArrayList<>(sitemaps));
  }

  /** Items in document order, one per URL (the first wins), with http(s) URLs only. */
  private static final class Items {
    private final Map<URI, FeedItem> byUrl = new LinkedHashMap<>();

    void add(URI base, String link, String title, Optional<OffsetDateTime> published, Optional<OffsetDateTime> updated, String guid) {
      toUri(base, link)
          .filter(u -> u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")))
          .ifPresent(u -> byUrl.putIfAbsent(u, new FeedItem(u, title, published, updated, guid)));
    }

    List<FeedItem> list() {
      return new ArrayList<>(byUrl.values());
    }
  }

  /** An absolute URI without fragment, resolved against {@code base}; empty when invalid. */
  static Optional<URI> toUri(URI base, String link) {
    String l = link == null ? "" : link.strip();
    if (l.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = base.resolve(new URI(l.replace(" ", "%20")));
      if (!uri.isAbsolute() || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(uri.getRawFragment() == null ? uri : new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> date(String text) {
    return FeedDates.parse(text);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  private static Element child(Element parent, String... names) {
    for (Element c : parent.children()) {
      String n = lower(c.tagName());
      for (String name : names) {
        if (n.equals(name)) {
          return c;
        }
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String... names) {
    List<Element> found = new ArrayList<>();
    for (Element c : parent.children()) {
      String n = lower(c.tagName());
      for (String name : names) {
        if (n.equals(name)) {
          found.add(c);
          break;
        }
      }
    }
    return found;
  }

  private static String text(Element parent, String... names) {
    Element e = child(parent, names);
    return e == null ? "" : e.text().strip();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String localName(String name) {
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(colon + 1);
  }

  /** "atom:feed" → "atom:"; "feed" → "". */
  private static String prefix(String name) {
    int colon = name.indexOf(':');
    return colon < 0 ? "" : name.substring(0, colon + 1);
  }
}
