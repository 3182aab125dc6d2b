package dev.newsdesk.corpus.synthetic;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Locale;

/** Slugs and escaping for the generated pages. */
final class Text {
  private Text() {}

  private static final boolean[] WINDOWS_1252 = encodable(Charset.forName("windows-1252"));

  private static boolean[] encodable(Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    boolean[] ok = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      ok[c] = !Character.isSurrogate((char) c) && encoder.canEncode((char) c);
    }
    return ok;
  }

  /** Lower-case ASCII words joined by hyphens: "Iraqi forces" → "iraqi-forces". */
  static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder out = new StringBuilder(folded.length());
    boolean dash = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      if (c < 128 && Character.isLetterOrDigit(c)) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        dash = false;
      } else if (c != '\'' && c != '’' && c != '.') {
        dash = true;
      }
    }
    return out.toString();
  }

  /** A slug of at most {@code words} words, for URLs. */
  static String urlSlug(String title, int words) {
    String[] parts = slug(title).split("-");
    return String.join("-", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
  }

  /** HTML text and attribute escaping; in a windows-1252 page, characters it cannot hold become references. */
  static void html(StringBuilder out, String text, boolean windows1252) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (windows1252 && !WINDOWS_1252[c]) {
            int cp = Character.codePointAt(text, i);
            out.append("&#").append(cp).append(';');
            i += Character.charCount(cp) - 1;
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  static String html(String text, boolean windows1252) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    html(out, text, windows1252);
    return out.toString();
  }

  /** A JSON string literal (with quotes); {@code </} is escaped so it can sit in a script element. */
  static void json(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '<' ? "\\/" : "/");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static int words(CharSequence text) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words;
  }
}
