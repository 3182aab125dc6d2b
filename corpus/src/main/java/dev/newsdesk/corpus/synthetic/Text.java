package dev.newsdesk.corpus.synthetic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** Slugs and escaping for the generated pages. */
final class Text {
  private Text() {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final ObjectWriter JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build().writer();

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
    out.append(html(text, windows1252));
  }

  static String html(String text, boolean windows1252) {
    // Settings per call: jsoup's keep a charset encoder, which is not for sharing between threads.
    Document.OutputSettings settings = new Document.OutputSettings().charset(windows1252 ? WINDOWS_1252 : StandardCharsets.UTF_8);
    return Entities.escape(text, settings);
  }

  /** A JSON string literal (with quotes), ASCII only; {@code </} is escaped so it can sit in a script element. */
  static void json(StringBuilder out, String text) {
    try {
      out.append(JSON.writeValueAsString(text).replace("</", "<\\/"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string always writes as JSON", e);
    }
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
