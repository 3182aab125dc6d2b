package dev.newsdesk.internal.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes ids: ASCII, lower case, words joined by hyphens ("Lloyd Austin" → "lloyd-austin"). */
public final class Slugs {
  private Slugs() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’.]");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  public static String slug(String name) {
    String plain = asciiSlug(name);
    if (plain != null) {
      return plain;
    }
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String lower = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    String slug = NON_ALNUM.matcher(lower).replaceAll("-");
    int from = 0;
    int to = slug.length();
    while (from < to && slug.charAt(from) == '-') {
      from++;
    }
    while (to > from && slug.charAt(to - 1) == '-') {
      to--;
    }
    return slug.substring(from, to);
  }

  /**
   * The slug of an ASCII name in one pass, as the patterns above make it (ASCII has no marks to
   * fold); null for any other name. Recognition makes a slug for every unseen name it finds.
   */
  private static String asciiSlug(String name) {
    StringBuilder slug = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c == '\'' || c == '.') {
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && !slug.isEmpty()) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return slug.toString();
  }

  /** The key names are compared by: lower case, accents folded, whitespace folded. */
  public static String key(String name) {
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    return Whitespace.normalize(ascii.toLowerCase(Locale.ROOT));
  }
}
