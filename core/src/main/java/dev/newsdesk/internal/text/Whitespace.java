package dev.newsdesk.internal.text;

/**
 * Normalises the whitespace and invisible characters of text taken from pages. One pass over the
 * characters: it runs on every block of every page, where regular expressions with large
 * character classes cost more than the parsing itself.
 */
public final class Whitespace {
  private Whitespace() {}

  /** Removes invisible characters and folds every whitespace run into one space; trims. */
  public static String normalize(String text) {
    return isNormal(text) ? text : rewrite(text);
  }

  /** Most text from pages is already normal: checking costs no copy. */
  private static boolean isNormal(String text) {
    int n = text.length();
    if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < '\u0085') {
        previous = c; // printable ASCII: neither space nor invisible
        continue;
      }
      if (isInvisible(c) || c == ' ' && previous == ' ' || c != ' ' && isSpace(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static String rewrite(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Zero-width space, joiners, word joiner, BOM, soft hyphen: invisible on a page, harmful in tokens. */
  public static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /** Every kind of space and line break: each run of them is one space in normal text. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
        || c == '\u2007' || c == '\u202F' || c == '\u3000' || c >= '\u2000' && c <= '\u200A'
        || c == '\u1680' || c == '\u2028' || c == '\u2029' || c == '\u205F' || c == '\u0085';
  }
}
