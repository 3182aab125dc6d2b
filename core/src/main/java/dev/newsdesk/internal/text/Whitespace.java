package dev.newsdesk.internal.text;

import java.util.regex.Pattern;

/** Normalises the whitespace and invisible characters of text taken from pages. */
public final class Whitespace {
  private Whitespace() {}

  // Zero-width space, joiner and non-joiner, word joiner, BOM, soft hyphen: invisible on a page,
  // harmful in tokens.
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

  /** Removes invisible characters and folds every whitespace run into one space; trims. */
  public static String normalize(String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").trim();
  }
}
