package dev.newsdesk.internal.extract;

import dev.newsdesk.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns byline text ("By A and B, Staff Writers") into person names. */
final class Bylines {
  private Bylines() {}

  private static final Pattern LEAD = Pattern.compile("(?iu)^\\s*(by|von|par|por|de)\\s+");
  private static final Pattern SEPARATORS = Pattern.compile("(?iu)\\s*(?:,|;|&|，|、|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\|)\\s*");
  private static final Pattern BRACKETS = Pattern.compile("[\\[\\]［］【】（）()「」]");
  // "记者 李明轩", "文／田中": reporter cues of Chinese and Japanese bylines.
  private static final Pattern CJK_LEAD = Pattern.compile("^(记者|記者|作者|撰稿|文[／/]|編集[／/]?)\\s*");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  // Words that make a byline part a role, a desk or a date rather than a name.
  private static final Set<String> NOT_NAMES =
      Set.of("staff", "editor", "editors", "reporter", "reporters", "correspondent", "writer",
          "writers", "contributor", "desk", "team", "news", "senior", "chief", "political",
          "updated", "published", "agency", "agencies", "wire", "wires", "associated", "press",
          "reuters", "afp", "bureau", "columnist", "analyst", "special", "guest", "opinion",
          "photographer", "published:", "updated:", "min", "read", "minutes");

  /**
   * Whether a line whose first letter is {@code c} may open with a byline's "By", "Von", "Par" or
   * "Por": a cheap test before the patterns that say so.
   */
  static boolean mayOpenByline(char c) {
    int lower = c | 0x20;
    return lower == 'b' || lower == 'v' || lower == 'p';
  }

  /** The names in {@code raw}, in order, without duplicates. */
  static List<String> names(String raw) {
    String text = LEAD.matcher(Whitespace.normalize(BRACKETS.matcher(raw).replaceAll(" "))).replaceFirst("");
    Set<String> names = new LinkedHashSet<>();
    for (String part : SEPARATORS.split(text)) {
      String name = CJK_LEAD.matcher(LEAD.matcher(part).replaceFirst("").trim()).replaceFirst("").trim();
      if (isName(name)) {
        names.add(inCapitals(name) ? titleCase(name) : name);
      }
    }
    return new ArrayList<>(names);
  }

  /** Whether a name of two words or more is written in capitals ("By CALEB QUINLAN", as old layouts set bylines). */
  private static boolean inCapitals(String name) {
    return name.indexOf(' ') > 0 && name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
  }

  /** "CALEB QUINLAN" → "Caleb Quinlan", "JEAN-PIERRE O'NEILL" → "Jean-Pierre O'Neill". */
  private static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      out.appendCodePoint(wordStart ? c : Character.toLowerCase(c));
      wordStart = c == ' ' || c == '-' || c == '\'' || c == '’';
      i += Character.charCount(c);
    }
    return out.toString();
  }

  static boolean isName(String name) {
    if (name.isEmpty() || name.length() > 60 || HAS_DIGIT.matcher(name).find()) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > 5) {
      return false;
    }
    for (String word : words) {
      if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
      int first = word.codePointAt(0);
      boolean capitalOrUncased = Character.isLetter(first) && !Character.isLowerCase(first);
      if (!capitalOrUncased && !Set.of("de", "van", "von", "der", "da", "bin", "al", "la", "le", "del").contains(word)) {
        return false;
      }
    }
    return true;
  }
}
