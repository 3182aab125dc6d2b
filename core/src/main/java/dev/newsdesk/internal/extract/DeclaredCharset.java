package dev.newsdesk.internal.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in its first bytes: {@code <meta charset>}, {@code <meta
 * http-equiv="Content-Type" content="...; charset=...">} or {@code <?xml encoding?>}.
 *
 * <p>It finds what jsoup finds when it is given no charset, in the same first 5 KB, without what
 * jsoup does to find it: parse those bytes into a document, then parse the page again. A scan of
 * the bytes for the tags, skipping comments, as browsers prescan a page (WHATWG "prescan a byte
 * stream"), costs a fraction of that parse.
 */
final class DeclaredCharset {
  /** jsoup's window: a declaration further into the page is not looked for. */
  static final int WINDOW = 5 * 1024;

  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s/>=\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
  /** jsoup's pattern for the charset in a content type. */
  private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)\\bcharset=\\s*(?:[\"'])?([^\\s,;\"']*)");

  private DeclaredCharset() {}

  /** The charset declared in the first {@value #WINDOW} bytes when Java supports it; else empty (UTF-8 is then assumed). */
  static Optional<String> of(byte[] page) {
    // ISO-8859-1 maps each byte to one char: the markup is ASCII in every charset this is asked about.
    String head = new String(page, 0, Math.min(page.length, WINDOW), StandardCharsets.ISO_8859_1);
    for (int at = head.indexOf('<'); at >= 0; at = head.indexOf('<', at + 1)) {
      if (head.startsWith("<!--", at)) {
        int end = head.indexOf("-->", at + 4);
        if (end < 0) {
          break;
        }
        at = end + 2;
      } else if (head.regionMatches(true, at + 1, "meta", 0, 4) && at + 5 < head.length() && isSpaceOrSlash(head.charAt(at + 5))) {
        int end = head.indexOf('>', at + 5);
        if (end < 0) {
          break;
        }
        String found = fromMeta(head.substring(at + 5, end));
        if (found != null) {
          return supported(found);
        }
        at = end;
      }
    }
    // As jsoup: an XML declaration counts only when no meta declares a charset.
    String start = head.stripLeading();
    if (start.startsWith("<?xml")) {
      int end = start.indexOf("?>");
      return end < 0 ? Optional.empty() : supported(attribute(start.substring(5, end), "encoding"));
    }
    return Optional.empty();
  }

  private static boolean isSpaceOrSlash(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
  }

  /** As jsoup: a meta with http-equiv gives its content's charset, else its charset attribute. */
  private static String fromMeta(String attributes) {
    String httpEquiv = attribute(attributes, "http-equiv");
    String charset = attribute(attributes, "charset");
    if (httpEquiv != null && (charset != null || httpEquiv.equalsIgnoreCase("content-type"))) {
      String content = attribute(attributes, "content");
      Matcher m = content == null ? null : CONTENT_TYPE_CHARSET.matcher(content);
      if (m != null && m.find()) {
        String declared = m.group(1).trim().replace("charset=", "");
        if (supported(declared).isPresent()) {
          return declared;
        }
      }
    }
    return charset;
  }

  private static String attribute(String attributes, String name) {
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      if (m.group(1).equalsIgnoreCase(name)) {
        String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        return value == null ? "" : value;
      }
    }
    return null;
  }

  /** jsoup's check: the name as given, then upper-cased, if Java supports it. */
  private static Optional<String> supported(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String cs = name.trim().replace("\"", "").replace("'", "");
    if (cs.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Charset.isSupported(cs)) {
        return Optional.of(cs);
      }
      cs = cs.toUpperCase(Locale.ENGLISH);
      return Charset.isSupported(cs) ? Optional.of(cs) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }
}
