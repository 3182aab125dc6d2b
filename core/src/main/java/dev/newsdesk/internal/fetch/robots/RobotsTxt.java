package dev.newsdesk.internal.fetch.robots;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed robots.txt, per RFC 9309: groups of rules for user agents, {@code Allow} and
 * {@code Disallow} patterns with {@code *} and {@code $}, the most specific (longest) match wins
 * and an {@code Allow} wins a tie; plus the common extensions {@code Crawl-delay} (per group)
 * and {@code Sitemap} (anywhere). Immutable and thread-safe.
 *
 * <p>{@code RobotsTxt.parse(text, robotsUri).rulesFor("newsdesk").allows(uri)}
 */
public final class RobotsTxt {

  /** A robots.txt that allows everything (no file, or a 4xx answer). */
  public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), List.of());

  /** A rule: whether it allows, and its pattern, percent-encoding normalised. */
  record Rule(boolean allow, String pattern) {
    /** Specificity: the pattern's length in octets. */
    int length() {
      return pattern.length();
    }
  }

  /** A group: the user agents it names (lower case) and its rules. */
  record Group(List<String> agents, List<Rule> rules, Optional<Duration> crawlDelay) {}

  private final List<Group> groups;
  private final List<URI> sitemaps;

  private RobotsTxt(List<Group> groups, List<URI> sitemaps) {
    this.groups = List.copyOf(groups);
    this.sitemaps = List.copyOf(sitemaps);
  }

  /** The sitemaps the file names, resolved against {@code robotsUri}, in file order, without repeats. */
  public List<URI> sitemaps() {
    return sitemaps;
  }

  /**
   * The rules for the crawler whose product token is {@code token}: the groups naming it
   * (case-insensitively), combined; else the {@code *} groups, combined; else no rules.
   */
  public Rules rulesFor(String token) {
    String wanted = token.toLowerCase(Locale.ROOT);
    List<Group> chosen = groups.stream().filter(g -> g.agents().contains(wanted)).toList();
    if (chosen.isEmpty()) {
      chosen = groups.stream().filter(g -> g.agents().contains("*")).toList();
    }
    List<Rule> rules = new ArrayList<>();
    Optional<Duration> delay = Optional.empty();
    for (Group g : chosen) {
      rules.addAll(g.rules());
      if (g.crawlDelay().isPresent() && (delay.isEmpty() || g.crawlDelay().get().compareTo(delay.get()) > 0)) {
        delay = g.crawlDelay();
      }
    }
    return new Rules(rules, delay);
  }

  /** The rules that apply to one crawler. */
  public static final class Rules {
    /** No rules: everything allowed, no crawl delay. */
    public static final Rules ALLOW_ALL = new Rules(List.of(), Optional.empty());

    /** Everything disallowed (robots.txt unreachable, RFC 9309 section 2.3.1.4). */
    public static final Rules DISALLOW_ALL = new Rules(List.of(new Rule(false, "/")), Optional.empty());

    private final List<Rule> rules;
    private final Optional<Duration> crawlDelay;

    Rules(List<Rule> rules, Optional<Duration> crawlDelay) {
      this.rules = List.copyOf(rules);
      this.crawlDelay = crawlDelay;
    }

    /** The {@code Crawl-delay} of the groups that apply (the largest), if any. */
    public Optional<Duration> crawlDelay() {
      return crawlDelay;
    }

    /** Whether {@code uri}'s path and query may be fetched. {@code /robots.txt} always may. */
    public boolean allows(URI uri) {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.equals("/robots.txt")) {
        return true;
      }
      String target = normalise(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
      return allowsPath(target);
    }

    boolean allowsPath(String normalisedPath) {
      Rule best = null;
      for (Rule rule : rules) {
        if (matches(rule.pattern(), normalisedPath)
            && (best == null || rule.length() > best.length() || rule.length() == best.length() && rule.allow())) {
          best = rule;
        }
      }
      return best == null || best.allow();
    }
  }

  /**
   * Parses a robots.txt file. Lenient, as RFC 9309 asks: unknown lines are skipped, keys are
   * case-insensitive, and rules before any {@code User-agent} line are ignored.
   */
  public static RobotsTxt parse(String text, URI robotsUri) {
    List<Group> groups = new ArrayList<>();
    Set<URI> sitemaps = new LinkedHashSet<>();
    List<String> agents = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    Optional<Duration> delay = Optional.empty();
    boolean inRules = false;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (String raw : body.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "-");
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent", "useragent" -> {
          if (inRules) {
            groups.add(new Group(agents, rules, delay));
            agents = new ArrayList<>();
            rules = new ArrayList<>();
            delay = Optional.empty();
            inRules = false;
          }
          agents.add(agentToken(value));
        }
        case "allow", "disallow", "dissallow", "disalow" -> {
          if (agents.isEmpty()) {
            continue; // a rule outside any group
          }
          inRules = true;
          if (!value.isEmpty()) {
            String pattern = value.startsWith("/") || value.startsWith("*") ? value : "/" + value;
            rules.add(new Rule(key.equals("allow"), normalise(pattern)));
          }
        }
        case "crawl-delay", "crawldelay" -> {
          if (agents.isEmpty()) {
            continue;
          }
          inRules = true;
          delay = parseDelay(value);
        }
        case "sitemap", "site-map" -> resolve(robotsUri, value).ifPresent(sitemaps::add);
        default -> {
          // other records (Host, Clean-param, ...) are not ours; they do not end a group
        }
      }
    }
    if (!agents.isEmpty()) {
      groups.add(new Group(agents, rules, delay));
    }
    return new RobotsTxt(groups, new ArrayList<>(sitemaps));
  }

  /** "Newsdesk/1.0" or "newsdesk" → "newsdesk"; "*" stays. */
  private static String agentToken(String value) {
    String v = value.strip();
    if (v.startsWith("*")) {
      return "*";
    }
    int end = 0;
    while (end < v.length() && (Character.isLetterOrDigit(v.charAt(end)) || v.charAt(end) == '-' || v.charAt(end) == '_')) {
      end++;
    }
    return v.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static Optional<Duration> parseDelay(String value) {
    try {
      double seconds = Double.parseDouble(value.strip());
      if (seconds >= 0 && !Double.isInfinite(seconds) && !Double.isNaN(seconds)) {
        return Optional.of(Duration.ofMillis(Math.round(Math.min(seconds, 86_400) * 1000)));
      }
    } catch (NumberFormatException ignored) {
      // not a number: no delay
    }
    return Optional.empty();
  }

  private static Optional<URI> resolve(URI base, String value) {
    try {
      URI uri = base.resolve(value.strip());
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Normalises percent-encoding the same way for patterns and paths (RFC 9309 section 2.2.2):
   * characters outside US-ASCII are percent-encoded as UTF-8, escapes of unreserved characters
   * are decoded, and other escapes are upper-cased.
   */
  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
        int decoded = hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]);
        if (unreserved(decoded)) {
          out.append((char) decoded);
        } else {
          out.append('%').append(Character.toUpperCase((char) bytes[i + 1])).append(Character.toUpperCase((char) bytes[i + 2]));
        }
        i += 2;
      } else if (b >= 0x80 || b < 0x21) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b));
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  private static int hex(byte c) {
    return Character.digit((char) c, 16);
  }

  private static boolean unreserved(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /**
   * Whether {@code pattern} matches {@code path}: {@code *} is any run of characters, a final
   * {@code $} anchors the end, and otherwise the pattern need only match a prefix.
   */
  static boolean matches(String pattern, String path) {
    String p = pattern;
    if (p.endsWith("$")) {
      p = p.substring(0, p.length() - 1);
    } else {
      p = p + "*";
    }
    int i = 0;
    int j = 0;
    int star = -1;
    int mark = 0;
    while (j < path.length()) {
      if (i < p.length() && p.charAt(i) == '*') {
        star = i++;
        mark = j;
      } else if (i < p.length() && p.charAt(i) == path.charAt(j)) {
        i++;
        j++;
      } else if (star >= 0) {
        i = star + 1;
        j = ++mark;
      } else {
        return false;
      }
    }
    while (i < p.length() && p.charAt(i) == '*') {
      i++;
    }
    return i == p.length();
  }
}
