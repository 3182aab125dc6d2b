package dev.newsdesk.corpus.synthetic;

import dev.newsdesk.corpus.synthetic.Sites.Site;
import dev.newsdesk.corpus.synthetic.Story.Paragraph;
import dev.newsdesk.corpus.synthetic.Story.Segment;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a story as a whole web page in one of the site templates, with the chrome real pages
 * carry around an article: navigation, cookie banners, share bars, lead images with captions,
 * in-body ads and "read more" links, pull quotes, author boxes, comments, related and most-read
 * lists, footers, structured data and script blobs.
 */
final class Pages {
  private Pages() {}

  static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter CMS_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH.mm", Locale.ENGLISH);
  private static final DateTimeFormatter WIRE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.ENGLISH);

  private static final String[] COMMENTS = {
      "This is the most balanced piece I have read on the subject so far.",
      "Who exactly is going to pay for all of this?",
      "Thank you for the careful reporting. Please keep following this story.",
      "The headline is a bit misleading if you read the whole article.",
      "I have family in the region and this is heartbreaking to read.",
      "Same promises as last time. I will believe it when I see it.",
      "Would be good to hear from people on the ground, not just officials.",
      "Excellent explainer, shared it with my students.",
      "Not a word about what this means for ordinary workers.",
      "Does anyone know where the full statement was published?"};
  private static final String[] HANDLES = {"quietreader", "oldhand_77", "m.t.w", "northernlights", "skeptic42",
      "paperboy", "civic_minded", "river_fox", "late_edition", "notaheadline"};
  private static final String ANALYTICS = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
      + "gtag('js',new Date());gtag('config','G-N3WSD35K',{anonymize_ip:true,page_type:'article'});"
      + "(function(w,d,s){var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
      + "j.src='/static/js/metrics.min.js?v=4.12.0';f.parentNode.insertBefore(j,f);})(window,document,'script');"
      + "window.__consent={version:3,regions:['eu','uk','us-ca'],defaults:{ads:false,analytics:false}};";
  private static final String CSS = "body{margin:0;font-family:Georgia,serif;color:#121212}"
      + ".wrap{max-width:1180px;margin:0 auto;padding:0 16px}.nav a{padding:8px 12px;text-decoration:none}"
      + "h1{font-size:2.4rem;line-height:1.15}figure{margin:0 0 24px}figcaption{font-size:.85rem;color:#555}"
      + ".ad{min-height:250px;background:#f4f4f4;text-align:center}.share a{display:inline-block;margin-right:8px}";

  /** Everything a template needs to draw one page. */
  record Model(long index, Site site, URI url, URI canonical, String section, Story story, List<String> byline,
      OffsetDateTime published, List<String> related, String caption, URI image, Rng rng) {}

  static String render(Model m) {
    StringBuilder out = new StringBuilder(24_000);
    switch (m.site().layout()) {
      case WORDPRESS -> wordpress(out, m);
      case NEWSPAPER_CMS -> newspaper(out, m);
      case BROADCASTER -> broadcaster(out, m);
      case WIRE -> wire(out, m);
      case AMP -> amp(out, m);
      case TABLE_LAYOUT -> table(out, m);
      case BLOG -> blog(out, m);
    }
    return out.toString();
  }

  // ---- templates

  private static void wordpress(StringBuilder o, Model m) {
    Site s = m.site();
    o.append("<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\">\n");
    head(o, m, esc(m, m.story().title()) + " &#8211; " + esc(m, s.name()), true);
    o.append("</head>\n<body class=\"post-template-default single single-post postid-").append(m.index())
        .append(" single-format-standard\">\n<div id=\"page\" class=\"site\">\n")
        .append("<a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>\n")
        .append("<header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\"><p class=\"site-title\"><a href=\"/\" rel=\"home\">")
        .append(esc(m, s.name())).append("</a></p><p class=\"site-description\">").append(esc(m, s.tagline())).append("</p></div>\n");
    nav(o, m, "main-navigation", "menu");
    o.append("</header>\n<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n")
        .append("<article id=\"post-").append(m.index()).append("\" class=\"post type-post status-publish format-standard has-post-thumbnail\">\n")
        .append("<header class=\"entry-header\"><span class=\"cat-links\"><a href=\"/category/").append(m.section()).append("/\" rel=\"category tag\">")
        .append(label(m.section())).append("</a></span>\n<h1 class=\"entry-title\">").append(esc(m, m.story().title())).append("</h1>\n")
        .append("<div class=\"entry-meta\">");
    if (!m.byline().isEmpty()) {
      o.append("<span class=\"byline\"> by ");
      authors(o, m, "/author/", "author vcard", " and ");
      o.append("</span> ");
    }
    o.append("<span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"").append(ISO.format(m.published())).append("\">")
        .append(LONG_DATE.format(m.published())).append("</time></span></div>\n</header>\n");
    o.append("<div class=\"post-thumbnail\"><img width=\"1200\" height=\"675\" src=\"").append(m.image())
        .append("\" class=\"attachment-post-thumbnail wp-post-image\" alt=\"\" decoding=\"async\"><figcaption class=\"wp-caption-text\">")
        .append(esc(m, m.caption())).append("</figcaption></div>\n<div class=\"entry-content\">\n");
    body(o, m, "", "h2", true, (i, b) -> {
      if (i == 3) {
        b.append("<div class=\"code-block code-block-2\" style=\"margin:8px auto;text-align:center\"><span class=\"ad-label\">Advertisement</span><ins class=\"adsbygoogle\" data-ad-slot=\"48213\"></ins></div>\n");
      }
    });
    o.append("<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3><ul><li><a class=\"share-facebook\" href=\"#\">Facebook</a></li><li><a class=\"share-x\" href=\"#\">X</a></li><li><a class=\"share-email\" href=\"#\">Email</a></li></ul></div>\n")
        .append("<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3>");
    for (String r : m.related().subList(0, Math.min(3, m.related().size()))) {
      o.append("<div class=\"jp-relatedposts-post\"><a class=\"jp-relatedposts-post-a\" href=\"").append(link(m, r)).append("\">").append(esc(m, r)).append("</a></div>");
    }
    o.append("</div>\n</div>\n<footer class=\"entry-footer\"><span class=\"tags-links\">Tagged ");
    tags(o, m, "/tag/", ", ");
    o.append("</span></footer>\n</article>\n");
    if (!m.byline().isEmpty()) {
      String author = m.byline().get(0);
      o.append("<div class=\"author-box\"><h4 class=\"author-title\">About ").append(esc(m, author)).append("</h4><p class=\"author-bio\">")
          .append(esc(m, author)).append(" covers ").append(m.section().replace('-', ' ')).append(" for ").append(esc(m, s.name()))
          .append(". Tips and corrections are always welcome.</p><a href=\"/author/").append(Text.slug(author)).append("/\">View all posts</a></div>\n");
    }
    o.append("<nav class=\"navigation post-navigation\"><div class=\"nav-links\">");
    if (m.related().size() > 3) {
      o.append("<div class=\"nav-previous\"><a href=\"").append(link(m, m.related().get(3))).append("\" rel=\"prev\">")
          .append(esc(m, m.related().get(3))).append("</a></div>");
    }
    o.append("</div></nav>\n");
    comments(o, m);
    o.append("</main>\n<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">Recent Posts</h2><ul>");
    for (String r : m.related()) {
      o.append("<li><a href=\"").append(link(m, r)).append("\">").append(esc(m, r)).append("</a></li>");
    }
    o.append("</ul></section></aside>\n</div></div>\n<footer id=\"colophon\" class=\"site-footer\">\n");
    directory(o, m);
    o.append("<div class=\"site-info\">&copy; ")
        .append(m.published().getYear()).append(' ').append(esc(m, s.name())).append(" &middot; <a href=\"/privacy-policy/\">Privacy Policy</a></div></footer>\n</div>\n");
    script(o);
    o.append("</body>\n</html>\n");
  }

  private static void newspaper(StringBuilder o, Model m) {
    Site s = m.site();
    String p = s.prefix();
    o.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    head(o, m, esc(m, m.story().title()) + " | " + esc(m, s.name()), true);
    o.append("</head>\n<body>\n<div id=\"root\">\n<div class=\"").append(p).append("-consent\" role=\"dialog\" aria-label=\"Cookie consent\"><p>We use cookies and similar technologies to run this site, measure how it is used and show you relevant advertising. You can change your choice at any time.</p><button>Yes, I accept</button> <button>Manage my cookies</button></div>\n")
        .append("<header class=\"").append(p).append("-masthead\"><a class=\"").append(p).append("-logo\" href=\"/\">").append(esc(m, s.name())).append("</a>\n");
    nav(o, m, p + "-nav", p + "-nav__list");
    o.append("<a class=\"").append(p).append("-support\" href=\"/subscribe\">Subscribe</a> <a href=\"/signin\">Sign in</a></header>\n")
        .append("<div class=\"").append(p).append("-ad ").append(p).append("-ad--top\" aria-hidden=\"true\"><span>Advertisement</span></div>\n")
        .append("<main class=\"").append(p).append("-main\"><article class=\"").append(p).append("-article\">\n")
        .append("<div class=\"").append(p).append("-kicker\"><a href=\"/").append(m.section()).append("\">").append(label(m.section())).append("</a></div>\n")
        .append("<h1 class=\"").append(p).append("-headline\">").append(esc(m, m.story().title())).append("</h1>\n")
        .append("<div class=\"").append(p).append("-standfirst\"><p>").append(esc(m, m.story().summary())).append("</p></div>\n")
        .append("<figure class=\"").append(p).append("-lead-media\"><img src=\"").append(m.image()).append("\" alt=\"\" width=\"1140\" height=\"684\" loading=\"eager\"><figcaption><span class=\"")
        .append(p).append("-caption\">").append(esc(m, m.caption())).append("</span> <span class=\"").append(p)
        .append("-credit\">Photograph: Staff/Agency</span></figcaption></figure>\n")
        .append("<div class=\"").append(p).append("-meta\">");
    if (!m.byline().isEmpty()) {
      o.append("<address class=\"").append(p).append("-byline\">");
      authors(o, m, "/profile/", "", " and ");
      o.append("</address>");
    }
    String zone = m.published().getOffset().getTotalSeconds() == 0 ? "GMT" : "UTC" + m.published().getOffset().getId();
    o.append("<time datetime=\"").append(ISO.format(m.published())).append("\">").append(CMS_DATE.format(m.published())).append(' ').append(zone)
        .append("</time></div>\n<div class=\"").append(p).append("-share\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Share on X</a><a href=\"#\">Share via Email</a></div>\n")
        .append("<div class=\"").append(p).append("-body\" itemprop=\"articleBody\">\n");
    String quote = firstQuote(m.story());
    body(o, m, p + "-para", "h2", true, (i, b) -> {
      if (i == 2) {
        b.append("<aside class=\"").append(p).append("-inline-ad\" aria-label=\"Advertisement\"><span>Advertisement</span><div class=\"ad-slot\" data-slot=\"mpu-1\"></div></aside>\n");
      } else if (i == 4 && quote != null) {
        b.append("<aside class=\"").append(p).append("-pullquote\"><blockquote><p>").append(esc(m, quote)).append("</p></blockquote></aside>\n");
      } else if (i == 6 && !m.related().isEmpty()) {
        b.append("<aside class=\"").append(p).append("-rich-link\"><p><strong>Related: </strong><a href=\"").append(link(m, m.related().get(0))).append("\">")
            .append(esc(m, m.related().get(0))).append("</a></p></aside>\n");
      }
    });
    o.append("</div>\n<div class=\"").append(p).append("-tags\"><h2>Explore more on these topics</h2><ul>");
    tags(o, m, "/topic/", "");
    o.append("</ul></div>\n</article>\n<aside class=\"").append(p).append("-most-viewed\"><h2>Most viewed</h2><ol>");
    for (String r : m.related()) {
      o.append("<li><a href=\"").append(link(m, r)).append("\">").append(esc(m, r)).append("</a></li>");
    }
    o.append("</ol></aside>\n</main>\n<footer class=\"").append(p).append("-footer\">\n");
    directory(o, m);
    o.append("<ul><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact us</a></li><li><a href=\"/complaints\">Complaints and corrections</a></li><li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/cookies\">Cookie policy</a></li></ul><p>&copy; ")
        .append(m.published().getYear()).append(' ').append(esc(m, s.name())).append(". All rights reserved.</p></footer>\n</div>\n");
    o.append("<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"article\":{\"id\":").append(m.index())
        .append(",\"headline\":");
    Text.json(o, m.story().title());
    o.append(",\"section\":");
    Text.json(o, m.section());
    o.append(",\"published\":\"").append(ISO.format(m.published())).append("\",\"body\":[");
    boolean first = true;
    for (Paragraph para : m.story().paragraphs()) {
      if (!first) {
        o.append(',');
      }
      first = false;
      o.append("{\"type\":\"").append(para.heading() ? "heading" : "paragraph").append("\",\"text\":");
      Text.json(o, para.text());
      o.append('}');
    }
    o.append("]}}},\"page\":\"/[section]/[...slug]\",\"buildId\":\"r4nd0m-build\"}</script>\n");
    script(o);
    o.append("</body>\n</html>\n");
  }

  private static void broadcaster(StringBuilder o, Model m) {
    Site s = m.site();
    String p = s.prefix();
    o.append("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"no-js\">\n<head>\n<meta charset=\"utf-8\">\n");
    head(o, m, esc(m, m.story().title()) + " - " + esc(m, s.name()) + " News", false);
    if (!m.byline().isEmpty()) {
      o.append("<meta name=\"author\" content=\"").append(esc(m, String.join(", ", m.byline()))).append("\">\n");
    }
    o.append("</head>\n<body>\n<header role=\"banner\" class=\"").append(p).append("-header\"><a href=\"/\" class=\"").append(p)
        .append("-brand\">").append(esc(m, s.name())).append("</a>\n<nav class=\"").append(p).append("-primary\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li><li><a href=\"/iplayer\">Watch</a></li><li><a href=\"/sounds\">Listen</a></li></ul></nav>\n");
    nav(o, m, p + "-secondary", p + "-secondary__list");
    o.append("</header>\n<div id=\"main-wrapper\"><main id=\"main-content\" role=\"main\"><article>\n")
        .append("<header class=\"").append(p).append("-article-header\"><h1 id=\"main-heading\" tabindex=\"-1\">").append(esc(m, m.story().title())).append("</h1></header>\n");
    o.append("<div class=\"").append(p).append("-meta\"><time data-testid=\"timestamp\" datetime=\"").append(ISO.format(m.published())).append("\">")
        .append(DAY_MONTH.format(m.published())).append("</time></div>\n");
    if (!m.byline().isEmpty()) {
      o.append("<div data-component=\"byline-block\"><div class=\"").append(p).append("-contributor\"><span class=\"").append(p).append("-contributor__name\">")
          .append(esc(m, m.byline().get(0))).append("</span><span class=\"").append(p).append("-contributor__role\">")
          .append(label(m.section())).append(" correspondent</span></div></div>\n");
    }
    o.append("<div data-component=\"image-block\"><figure><img src=\"").append(m.image()).append("\" alt=\"\" width=\"976\" height=\"549\"><figcaption><span class=\"visually-hidden\">Image caption, </span>")
        .append(esc(m, m.caption())).append("</figcaption></figure></div>\n");
    int i = 0;
    for (Paragraph para : m.story().paragraphs()) {
      if (para.heading()) {
        o.append("<div data-component=\"subheadline-block\"><h2>");
        segments(o, m, para, false, null);
        o.append("</h2></div>\n");
      } else {
        o.append("<div data-component=\"text-block\"><p>");
        if (i == 0) {
          o.append("<b>");
        }
        segments(o, m, para, false, null);
        if (i == 0) {
          o.append("</b>");
        }
        o.append("</p></div>\n");
      }
      if (i == 5 && m.related().size() > 1) {
        o.append("<div data-component=\"links-block\"><p>You may also be interested in:</p><ul><li><a href=\"").append(link(m, m.related().get(1)))
            .append("\">").append(esc(m, m.related().get(1))).append("</a></li></ul></div>\n");
      }
      i++;
    }
    o.append("<div data-component=\"topic-list\"><h2>Related topics</h2><ul>");
    tags(o, m, "/news/topics/", "");
    o.append("</ul></div>\n</article>\n<aside class=\"").append(p).append("-more\"><h2>More on this story</h2><ul>");
    for (String r : m.related()) {
      o.append("<li><a href=\"").append(link(m, r)).append("\">").append(esc(m, r)).append("</a></li>");
    }
    o.append("</ul></aside>\n</main></div>\n<footer role=\"contentinfo\" class=\"").append(p).append("-footer\">\n");
    directory(o, m);
    o.append("<ul><li><a href=\"/terms\">Terms of Use</a></li><li><a href=\"/about\">About the ")
        .append(esc(m, s.name())).append("</a></li><li><a href=\"/privacy\">Privacy Policy</a></li><li><a href=\"/accessibility\">Accessibility Help</a></li></ul><p>Copyright &copy; ")
        .append(m.published().getYear()).append(' ').append(esc(m, s.name())).append(". We are not responsible for the content of external sites.</p></footer>\n");
    script(o);
    o.append("</body>\n</html>\n");
  }

  private static void wire(StringBuilder o, Model m) {
    Site s = m.site();
    o.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    head(o, m, esc(m, m.story().title()) + " | " + esc(m, s.name()), false);
    o.append("<meta property=\"article:section\" content=\"").append(label(m.section())).append("\">\n");
    if (!m.byline().isEmpty()) {
      o.append("<meta name=\"author\" content=\"").append(esc(m, String.join(" and ", m.byline()))).append("\">\n");
    }
    o.append("</head>\n<body>\n<div class=\"top-bar\"><a href=\"/\" class=\"logo\">").append(esc(m, s.name().toUpperCase(Locale.ROOT))).append("</a>\n");
    nav(o, m, "sections", "sections__list");
    o.append("<a class=\"signin\" href=\"/account/sign-in/\">Sign In</a> <a class=\"register\" href=\"/account/register/\">Register</a></div>\n")
        .append("<div class=\"container\">\n<div class=\"breadcrumb\"><a href=\"/").append(m.section()).append("/\">").append(label(m.section())).append("</a></div>\n")
        .append("<h1 class=\"article-header__title\">").append(esc(m, m.story().title())).append("</h1>\n");
    if (!m.byline().isEmpty()) {
      o.append("<div class=\"article-header__byline\">By ");
      authors(o, m, "/authors/", "", " and ");
      o.append("</div>\n");
    }
    String zone = "UTC" + (m.published().getOffset().getTotalSeconds() == 0 ? "" : m.published().getOffset().getId());
    o.append("<div class=\"article-header__dateline\"><time datetime=\"").append(ISO.format(m.published())).append("\">")
        .append(WIRE_DATE.format(m.published())).append(' ').append(zone).append("</time> <span class=\"updated\">Updated ")
        .append(m.rng().between(2, 59)).append(" min ago</span></div>\n")
        .append("<div class=\"article-tools\"><a href=\"#\" class=\"tool\">Share</a> | <a href=\"#\" class=\"tool\">Save</a> | <a href=\"/reprints/\" class=\"tool\">Purchase Licensing Rights</a></div>\n")
        .append("<div class=\"article-image\"><img src=\"").append(m.image()).append("\" alt=\"\" width=\"720\" height=\"405\">\n<p class=\"article-image__caption\">")
        .append(esc(m, m.caption())).append(' ').append(esc(m, s.name())).append("/Staff Photographer</p></div>\n<div class=\"article-body\">\n");
    body(o, m, "article-text__paragraph", "h2", false, (i, b) -> {});
    if (!m.byline().isEmpty()) {
      o.append("<p class=\"sign-off\">Reporting by ").append(esc(m, String.join(" and ", m.byline()))).append("; Editing by ")
          .append(esc(m, s.staff().get(s.staff().size() - 1))).append("</p>\n");
    }
    o.append("<p class=\"trust-badge\"><a href=\"/info-pages/standards/\">Our Standards: The Trust Principles.</a></p>\n</div>\n")
        .append("<div class=\"read-next\"><h2>Read Next</h2><ul>");
    for (String r : m.related()) {
      o.append("<li><a href=\"").append(link(m, r)).append("\">").append(esc(m, r)).append("</a></li>");
    }
    o.append("</ul></div>\n</div>\n<footer class=\"site-footer\">\n");
    directory(o, m);
    o.append("<p class=\"copyright\">Copyright &copy; ").append(m.published().getYear()).append(' ')
        .append(esc(m, s.name())).append(". All rights reserved.</p><p class=\"disclaimer\"><a href=\"/terms/\">Terms of Use</a> | <a href=\"/privacy/\">Privacy</a> | <a href=\"/cookies/\">Cookies</a></p></footer>\n");
    script(o);
    o.append("</body>\n</html>\n");
  }

  private static void amp(StringBuilder o, Model m) {
    Site s = m.site();
    o.append("<!doctype html>\n<html amp lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n")
        .append("<script async custom-element=\"amp-ad\" src=\"https://cdn.ampproject.org/v0/amp-ad-0.1.js\"></script>\n");
    head(o, m, esc(m, m.story().title()) + " | " + esc(m, s.name()), true);
    o.append("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>\n")
        .append("<style amp-custom>").append(CSS).append("</style>\n</head>\n<body>\n<header class=\"amp-header\"><a href=\"/\">")
        .append(esc(m, s.name())).append("</a><button on=\"tap:menu.toggle\">Menu</button></header>\n<amp-sidebar id=\"menu\" layout=\"nodisplay\">");
    nav(o, m, "amp-menu", "amp-menu__list");
    o.append("</amp-sidebar>\n<article class=\"amp-article\">\n<h1 class=\"amp-title\">").append(esc(m, m.story().title())).append("</h1>\n<div class=\"amp-meta\">");
    if (!m.byline().isEmpty()) {
      o.append("<span class=\"amp-byline\">By ").append(esc(m, String.join(" and ", m.byline()))).append("</span> ");
    }
    o.append("<time datetime=\"").append(ISO.format(m.published())).append("\">").append(SHORT_DATE.format(m.published())).append("</time></div>\n")
        .append("<amp-img src=\"").append(m.image()).append("\" width=\"1200\" height=\"800\" layout=\"responsive\" alt=\"\"></amp-img>\n<p class=\"amp-caption\">")
        .append(esc(m, m.caption())).append("</p>\n<div class=\"amp-body\">\n");
    body(o, m, "", "h2", false, (i, b) -> {
      if (i == 3) {
        b.append("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/4119129/mobile_ad_banner\"></amp-ad>\n");
      }
    });
    o.append("</div>\n<div class=\"amp-share\"><amp-social-share type=\"facebook\"></amp-social-share><amp-social-share type=\"twitter\"></amp-social-share><amp-social-share type=\"email\"></amp-social-share></div>\n")
        .append("<section class=\"amp-related\"><h2>More stories</h2><ul>");
    for (String r : m.related()) {
      o.append("<li><a href=\"").append(link(m, r)).append("amp/\">").append(esc(m, r)).append("</a></li>");
    }
    o.append("</ul></section>\n</article>\n<footer class=\"amp-footer\"><p>&copy; ").append(m.published().getYear()).append(' ').append(esc(m, s.name()))
        .append("</p><a href=\"").append(m.canonical()).append("\">View full site</a></footer>\n</body>\n</html>\n");
  }

  private static void table(StringBuilder o, Model m) {
    Site s = m.site();
    o.append("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n")
        .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n<title>")
        .append(esc(m, s.name())).append(" - ").append(esc(m, m.story().title())).append("</title>\n")
        .append("<meta name=\"keywords\" content=\"").append(esc(m, String.join(", ", m.story().tags()))).append("\">\n")
        .append("<meta name=\"description\" content=\"").append(esc(m, m.story().summary())).append("\">\n</head>\n")
        .append("<body bgcolor=\"#ffffff\" leftmargin=\"0\" topmargin=\"0\">\n<table width=\"100%\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\">\n")
        .append("<tr><td colspan=\"2\" bgcolor=\"#003366\"><font color=\"#ffffff\" size=\"6\" face=\"Times New Roman\"><b>").append(esc(m, s.name()))
        .append("</b></font><br><font color=\"#cccccc\" size=\"1\">").append(esc(m, s.tagline())).append("</font></td></tr>\n")
        .append("<tr><td width=\"160\" valign=\"top\" bgcolor=\"#eeeeee\"><font size=\"2\" face=\"Arial\"><a href=\"/\">Home</a><br>");
    for (String section : s.sections()) {
      o.append("<a href=\"/news/").append(section).append("/\">").append(label(section)).append("</a><br>");
    }
    o.append("<br><b>Services</b><br><a href=\"/classifieds/\">Classifieds</a><br><a href=\"/obits/\">Obituaries</a><br><a href=\"/weather/\">Weather</a><br><a href=\"/contact/\">Contact Us</a></font></td>\n")
        .append("<td valign=\"top\"><table width=\"100%\" cellpadding=\"8\"><tr><td>\n<font face=\"Arial\" size=\"1\"><a href=\"/\">Home</a> &gt; <a href=\"/news/")
        .append(m.section()).append("/\">").append(label(m.section())).append("</a></font><br>\n")
        .append("<font face=\"Georgia\" size=\"5\"><b>").append(esc(m, m.story().title())).append("</b></font><br>\n<font face=\"Arial\" size=\"2\">");
    if (!m.byline().isEmpty()) {
      o.append("By ").append(esc(m, String.join(" and ", m.byline()).toUpperCase(Locale.ROOT))).append("<br><i>").append(esc(m, s.name())).append(" Staff Writer</i><br>");
    }
    o.append("Published: ").append(LONG_DATE.format(m.published())).append("</font><br><br>\n<font face=\"Georgia\" size=\"3\">\n");
    boolean first = true;
    for (Paragraph para : m.story().paragraphs()) {
      if (!first) {
        o.append("<br><br>\n");
      }
      first = false;
      if (para.heading()) {
        o.append("<b>");
      }
      segments(o, m, para, false, null);
      if (para.heading()) {
        o.append("</b>");
      }
    }
    o.append("\n</font><br><br>\n<font size=\"1\" face=\"Arial\">Copyright &copy; ").append(m.published().getYear()).append(' ').append(esc(m, s.name()))
        .append(". All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</font>\n")
        .append("<br><br><table width=\"100%\" bgcolor=\"#f0f0f0\" cellpadding=\"4\"><tr><td><font face=\"Arial\" size=\"2\"><b>Related stories</b><br>");
    for (String r : m.related()) {
      o.append("&#149; <a href=\"").append(link(m, r)).append("\">").append(esc(m, r)).append("</a><br>");
    }
    o.append("</font></td></tr></table>\n</td></tr></table></td></tr>\n</table>\n</body>\n</html>\n");
  }

  private static void blog(StringBuilder o, Model m) {
    Site s = m.site();
    o.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    head(o, m, esc(m, m.story().title()) + " - " + esc(m, s.name()), true);
    o.append("</head>\n<body class=\"post-page\">\n<div class=\"topbar\"><a class=\"navbar-title\" href=\"/\">").append(esc(m, s.name()))
        .append("</a> <a class=\"button subscribe-btn\" href=\"/subscribe\">Subscribe</a> <a href=\"/sign-in\">Sign in</a></div>\n")
        .append("<article class=\"post newsletter-post\">\n<div class=\"post-header\"><h1 class=\"post-title\">").append(esc(m, m.story().title()))
        .append("</h1>\n<h3 class=\"subtitle\">").append(esc(m, m.story().summary())).append("</h3>\n<div class=\"post-meta\">");
    if (!m.byline().isEmpty()) {
      o.append("<div class=\"profile-hover-card-target\"><a href=\"/profile/").append(Text.slug(m.byline().get(0))).append("\">")
          .append(esc(m, m.byline().get(0))).append("</a></div>");
    }
    o.append("<div class=\"post-date\" title=\"").append(ISO.format(m.published())).append("\">").append(SHORT_DATE.format(m.published()))
        .append("</div></div></div>\n<div class=\"available-content\"><div class=\"body markup\" dir=\"auto\">\n");
    int i = 0;
    for (Paragraph para : m.story().paragraphs()) {
      if (para.heading()) {
        o.append("<h3 class=\"header-anchor-post\">");
        segments(o, m, para, false, null);
        o.append("</h3>\n");
      } else if (para.text().startsWith("“")) {
        o.append("<blockquote><p>");
        segments(o, m, para, false, null);
        o.append("</p></blockquote>\n");
      } else {
        o.append("<p>");
        segments(o, m, para, false, null);
        o.append("</p>\n");
      }
      if (i == 1) {
        o.append("<div class=\"subscription-widget-wrap\"><div class=\"subscription-widget\"><p class=\"cta-caption\">Thanks for reading ")
            .append(esc(m, s.name())).append("! Subscribe for free to receive new posts and support my work.</p><form><input type=\"email\" placeholder=\"Type your email&#8230;\"><button>Subscribe</button></form></div></div>\n");
      }
      i++;
    }
    o.append("</div></div>\n<div class=\"post-footer\"><a class=\"like-button\" href=\"#\">Like</a> <a href=\"#comments\">Comment</a> <a href=\"#\">Restack</a> <a href=\"#\">Share</a></div>\n");
    comments(o, m);
    o.append("</article>\n<footer class=\"footer\"><p>&copy; ").append(m.published().getYear()).append(' ')
        .append(esc(m, m.byline().isEmpty() ? s.name() : m.byline().get(0)))
        .append(" &middot; <a href=\"/privacy\">Privacy</a> &middot; <a href=\"/tos\">Terms</a> &middot; <a href=\"/start\">Start writing</a></p></footer>\n");
    script(o);
    o.append("</body>\n</html>\n");
  }

  // ---- shared parts

  /** Title, description, Open Graph, canonical link, stylesheet and (optionally) JSON-LD. */
  private static void head(StringBuilder o, Model m, String title, boolean jsonLd) {
    Site s = m.site();
    String description = esc(m, m.story().summary());
    o.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(title).append("</title>\n")
        .append("<meta name=\"description\" content=\"").append(description).append("\">\n")
        .append("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"").append(esc(m, m.story().title())).append("\">\n")
        .append("<meta property=\"og:description\" content=\"").append(description).append("\">\n")
        .append("<meta property=\"og:url\" content=\"").append(m.canonical()).append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"").append(esc(m, s.name())).append("\">\n")
        .append("<meta property=\"og:image\" content=\"").append(m.image()).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(ISO.format(m.published())).append("\">\n")
        .append("<link rel=\"canonical\" href=\"").append(m.canonical()).append("\">\n")
        .append("<link rel=\"stylesheet\" href=\"/static/css/").append(m.site().layout().id).append(".css?v=").append(31 + m.index() % 7).append("\">\n");
    criticalCss(o, m.site().prefix());
    if (jsonLd) {
      o.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":");
      Text.json(o, m.story().title());
      o.append(",\"description\":");
      Text.json(o, m.story().summary());
      o.append(",\"datePublished\":\"").append(ISO.format(m.published())).append("\",\"dateModified\":\"").append(ISO.format(m.published()))
          .append("\",\"mainEntityOfPage\":\"").append(m.canonical()).append("\",\"image\":[\"").append(m.image()).append("\"],\"articleSection\":");
      Text.json(o, label(m.section()));
      o.append(",\"author\":[");
      for (int i = 0; i < m.byline().size(); i++) {
        o.append(i > 0 ? "," : "").append("{\"@type\":\"Person\",\"name\":");
        Text.json(o, m.byline().get(i));
        o.append(",\"url\":\"https://").append(s.host()).append("/author/").append(Text.slug(m.byline().get(i))).append("/\"}");
      }
      o.append("],\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":");
      Text.json(o, s.name());
      o.append(",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://").append(s.host()).append("/static/logo.png\"}},\"keywords\":[");
      for (int i = 0; i < m.story().tags().size(); i++) {
        o.append(i > 0 ? "," : "");
        Text.json(o, m.story().tags().get(i));
      }
      o.append("]}</script>\n");
    }
  }

  private static final String[] PARTS = {"header", "masthead", "nav", "nav__item", "nav__link", "kicker", "headline",
      "standfirst", "byline", "byline__name", "timestamp", "share", "share__button", "media", "caption", "credit", "body",
      "para", "pullquote", "inline-ad", "rich-link", "tags", "tag", "most-viewed", "footer", "footer__links", "newsletter",
      "consent", "consent__button", "related", "card", "card__title", "card__image", "sidebar", "comments", "author-box"};

  /** Inlined "critical" CSS, as most news sites ship in the head. */
  private static void criticalCss(StringBuilder o, String prefix) {
    o.append("<style data-critical=\"true\">");
    for (int i = 0; i < PARTS.length; i++) {
      o.append('.').append(prefix).append('-').append(PARTS[i]).append("{margin:").append(i % 4 * 4).append("px 0;padding:")
          .append(i % 3 * 6).append("px ").append(i % 5 * 4).append("px;font-size:").append(0.8 + (i % 6) * 0.1 > 1.25 ? "1.25" : String.format(Locale.ROOT, "%.1f", 0.8 + (i % 6) * 0.1))
          .append("rem;line-height:1.").append(2 + i % 5).append(";color:#").append(i % 2 == 0 ? "121212" : "4a4a4a").append("}");
      o.append("@media (min-width:740px){.").append(prefix).append('-').append(PARTS[i]).append("{padding-left:").append(8 + i % 4 * 4).append("px}}");
    }
    o.append("</style>\n");
  }

  /** The footer directory of every section and its subsections. */
  private static void directory(StringBuilder o, Model m) {
    o.append("<div class=\"").append(m.site().prefix()).append("-directory\">");
    for (String section : m.site().sections()) {
      o.append("<ul><li class=\"head\"><a href=\"/").append(section).append("/\">").append(label(section)).append("</a></li>");
      for (String sub : new String[] {"latest", "analysis", "explainers", "video", "in-pictures"}) {
        o.append("<li><a href=\"/").append(section).append('/').append(sub).append("/\">").append(label(sub)).append("</a></li>");
      }
      o.append("</ul>");
    }
    o.append("<ul><li class=\"head\">Services</li><li><a href=\"/newsletters/\">Newsletters</a></li><li><a href=\"/apps/\">Apps</a></li><li><a href=\"/podcasts/\">Podcasts</a></li><li><a href=\"/archive/\">Archive</a></li><li><a href=\"/corrections/\">Corrections</a></li><li><a href=\"/careers/\">Careers</a></li><li><a href=\"/advertise/\">Advertise with us</a></li></ul></div>\n");
  }

  private static void nav(StringBuilder o, Model m, String cls, String listClass) {
    o.append("<nav class=\"").append(cls).append("\" aria-label=\"Sections\"><ul class=\"").append(listClass).append("\"><li><a href=\"/\">Home</a></li>");
    for (String section : m.site().sections()) {
      o.append("<li><a href=\"/").append(section).append("/\">").append(label(section)).append("</a></li>");
    }
    o.append("<li><a href=\"/newsletters/\">Newsletters</a></li><li><a href=\"/podcasts/\">Podcasts</a></li></ul></nav>\n");
  }

  private interface Insert {
    void after(int paragraph, StringBuilder out);
  }

  /** The story's paragraphs as {@code <p>} and headings, with the layout's inserts between them. */
  private static void body(StringBuilder o, Model m, String pClass, String heading, boolean links, Insert insert) {
    Set<String> linked = links ? new HashSet<>() : null;
    int i = 0;
    for (Paragraph para : m.story().paragraphs()) {
      if (para.heading()) {
        o.append('<').append(heading).append('>');
        segments(o, m, para, false, null);
        o.append("</").append(heading).append(">\n");
      } else {
        o.append(pClass.isEmpty() ? "<p>" : "<p class=\"" + pClass + "\">");
        segments(o, m, para, links, linked);
        o.append("</p>\n");
      }
      insert.after(i++, o);
    }
  }

  /** A paragraph's text; with {@code links}, an entity's first mention links to its topic page. */
  private static void segments(StringBuilder o, Model m, Paragraph para, boolean links, Set<String> linked) {
    for (Segment s : para.segments()) {
      if (links && s.isMention() && linked.add(s.entityId()) && m.rng().chance(0.5)) {
        o.append("<a href=\"/topic/").append(s.entityId()).append("\">");
        Text.html(o, s.text(), m.site().windows1252());
        o.append("</a>");
      } else {
        Text.html(o, s.text(), m.site().windows1252());
      }
    }
  }

  private static void authors(StringBuilder o, Model m, String path, String cls, String separator) {
    for (int i = 0; i < m.byline().size(); i++) {
      if (i > 0) {
        o.append(separator);
      }
      String name = m.byline().get(i);
      o.append("<a").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append(" href=\"").append(path).append(Text.slug(name)).append("/\" rel=\"author\">")
          .append(esc(m, name)).append("</a>");
    }
  }

  private static void tags(StringBuilder o, Model m, String path, String separator) {
    boolean list = separator.isEmpty();
    for (int i = 0; i < m.story().tags().size(); i++) {
      String tag = m.story().tags().get(i);
      if (!list && i > 0) {
        o.append(separator);
      }
      o.append(list ? "<li>" : "").append("<a href=\"").append(path).append(Text.slug(tag)).append("/\" rel=\"tag\">").append(esc(m, tag)).append("</a>")
          .append(list ? "</li>" : "");
    }
  }

  private static void comments(StringBuilder o, Model m) {
    int count = m.rng().nextInt(5);
    o.append("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">").append(count == 0 ? "No comments yet" : count + " Comments").append("</h2><ol class=\"comment-list\">");
    for (int i = 0; i < count; i++) {
      o.append("<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\"><b class=\"fn\">").append(m.rng().pick(HANDLES))
          .append("</b> <time>").append(m.rng().between(1, 23)).append(" hours ago</time></footer><div class=\"comment-content\"><p>")
          .append(m.rng().pick(COMMENTS)).append("</p></div><div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">Reply</a></div></article></li>");
    }
    o.append("</ol><div id=\"respond\" class=\"comment-respond\"><h3>Leave a Reply</h3><form><textarea name=\"comment\"></textarea><input type=\"submit\" value=\"Post Comment\"></form></div></div>\n");
  }

  private static void script(StringBuilder o) {
    o.append("<script>").append(ANALYTICS).append("</script>\n");
  }

  private static String firstQuote(Story story) {
    for (Paragraph p : story.paragraphs()) {
      String text = p.text();
      int close = text.indexOf('”');
      if (text.startsWith("“") && close > 0) {
        return text.substring(0, close + 1);
      }
    }
    return null;
  }

  private static String link(Model m, String headline) {
    return "/" + m.section() + "/" + Text.urlSlug(headline, 8) + "/";
  }

  private static String label(String section) {
    String words = section.replace('-', ' ');
    return words.equals("middle east") ? "Middle East" : Text.capitalize(words);
  }

  private static String esc(Model m, String text) {
    return Text.html(text, m.site().windows1252());
  }
}
