package dev.newsdesk.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation for recognition. Hyphens are tokens of their own, so that
 * "Israel-Hamas" and "Iran-backed" expose their names; abbreviations keep their periods ("U.S.",
 * "Gen.", "Mr.").
 */
final class Tokenizer {
  private Tokenizer() {}

  private static final Set<String> ABBREVIATIONS =
      Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Sen", "Rep", "Gov", "Inc", "Corp",
          "Co", "Ltd", "St", "Jr", "Sr", "Prof", "Capt", "Adm", "Maj", "Cpl", "Pvt", "Rev", "Hon",
          "Mt", "Ft", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "vs", "Pres", "Supt");

  // Dotted acronyms (U.S., U.K., U.N.), then words with inner apostrophes, then any other symbol.
  private static final Pattern TOKEN =
      Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*\\.?|\\S");

  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{Lu}\\.){2,}");

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    boolean sentenceStart = true;
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String word = m.group();
      if (word.length() > 1 && word.endsWith(".") && !DOTTED_ACRONYM.matcher(word).matches()) {
        String bare = word.substring(0, word.length() - 1);
        if (!ABBREVIATIONS.contains(bare)) {
          end--; // a sentence's full stop, not part of the word
          word = bare;
        }
      }
      int possessive = possessiveSuffix(word);
      if (possessive > 0) {
        // "China’s" is "China" and "’s": the name must stand alone to be found.
        if (paragraphBreakBefore(text, start, tokens)) {
          sentenceStart = true;
        }
        String stem = word.substring(0, word.length() - possessive);
        tokens.add(new Token(start, start + stem.length(), stem, sentenceStart));
        tokens.add(new Token(start + stem.length(), end, word.substring(stem.length()), false));
        sentenceStart = false;
        continue;
      }
      if (paragraphBreakBefore(text, start, tokens)) {
        sentenceStart = true;
      }
      tokens.add(new Token(start, end, word, sentenceStart && Character.isLetterOrDigit(word.codePointAt(0))));
      if (Character.isLetterOrDigit(word.codePointAt(0))) {
        sentenceStart = false;
      } else if (word.equals(".") || word.equals("!") || word.equals("?") || word.equals(":")) {
        sentenceStart = true;
      }
      if (end < m.end()) {
        tokens.add(new Token(end, m.end(), ".", false));
        sentenceStart = true;
      }
    }
    return tokens;
  }

  private static int possessiveSuffix(String word) {
    if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
      return 2;
    }
    return 0;
  }

  private static boolean paragraphBreakBefore(String text, int start, List<Token> tokens) {
    int from = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    for (int i = from; i < start; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }
}
