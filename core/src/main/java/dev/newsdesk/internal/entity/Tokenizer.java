package dev.newsdesk.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words and punctuation for recognition. Hyphens are tokens of their own, so that
 * "Israel-Hamas" and "Iran-backed" expose their names; abbreviations keep their periods ("U.S.",
 * "Gen.", "Mr.").
 *
 * <p>A token is a dotted acronym ("U.S."), else a run of letters and digits with inner apostrophes
 * ("O'Brien") and an optional period, else any other single symbol. The scan is written out by
 * hand rather than as a regular expression because it runs over every character recognised.
 */
final class Tokenizer {
  private Tokenizer() {}

  private static final Set<String> ABBREVIATIONS =
      Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Sen", "Rep", "Gov", "Inc", "Corp",
          "Co", "Ltd", "St", "Jr", "Sr", "Prof", "Capt", "Adm", "Maj", "Cpl", "Pvt", "Rev", "Hon",
          "Mt", "Ft", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "vs", "Pres", "Supt");

  /** Shared one-character tokens of ASCII and of the General Punctuation block (dashes, quotes). */
  private static final String[] SYMBOLS = new String[0x2070];

  static {
    for (char c = 0; c < SYMBOLS.length; c++) {
      if (c < 0x80 || c >= 0x2000) {
        SYMBOLS[c] = String.valueOf(c).intern();
      }
    }
  }

  /** A token of one character: punctuation, mostly, which is shared rather than cut from the text each time. */
  private static String symbol(char c) {
    String shared = c < SYMBOLS.length ? SYMBOLS[c] : null;
    return shared != null ? shared : String.valueOf(c);
  }

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 4); // news prose has a token every five characters or so
    boolean sentenceStart = true;
    int previousEnd = 0;
    int at = 0;
    while (at < text.length()) {
      if (isSpace(text.charAt(at))) {
        at++;
        continue;
      }
      int start = at;
      int matchEnd = tokenEnd(text, start);
      at = matchEnd;
      int end = matchEnd;
      String word = end - start == 1 ? symbol(text.charAt(start)) : text.substring(start, end);
      if (word.length() > 1 && word.endsWith(".") && !isDottedAcronym(word)) {
        String bare = word.substring(0, word.length() - 1);
        if (!ABBREVIATIONS.contains(bare)) {
          end--; // a sentence's full stop, not part of the word
          word = bare;
        }
      }
      if (newlineBetween(text, previousEnd, start)) {
        sentenceStart = true;
      }
      int possessive = possessiveSuffix(word);
      if (possessive > 0) {
        // "China’s" is "China" and "’s": the name must stand alone to be found.
        String stem = word.substring(0, word.length() - possessive);
        tokens.add(new Token(start, start + stem.length(), stem, sentenceStart));
        tokens.add(new Token(start + stem.length(), end, word.substring(stem.length()), false));
        sentenceStart = false;
      } else {
        boolean isWord = Character.isLetterOrDigit(word.codePointAt(0));
        tokens.add(new Token(start, end, word, sentenceStart && isWord));
        if (isWord) {
          sentenceStart = false;
        } else if (word.equals(".") || word.equals("!") || word.equals("?") || word.equals(":")) {
          sentenceStart = true;
        }
      }
      previousEnd = end;
      if (end < matchEnd) {
        // the full stop cut off the word, "China’s." as much as "China."
        tokens.add(new Token(end, matchEnd, ".", false));
        sentenceStart = true;
        previousEnd = matchEnd;
      }
    }
    return tokens;
  }

  /** Where the token starting at {@code start}, not a space, ends: a dotted acronym, else a word, else one symbol. */
  static int tokenEnd(String text, int start) {
    int acronymEnd = dottedAcronymEnd(text, start);
    return acronymEnd > 0 ? acronymEnd : wordEnd(text, start);
  }

  /** "U.S.", not "Gen.": only acronyms have a period before their last character. */
  private static boolean isDottedAcronym(String token) {
    return token.indexOf('.') < token.length() - 1;
  }

  /** The white space of the classic {@code \s}: other spaces (no-break, thin) are symbols of their own. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The end of capitals each followed by a period, at least two of them ("U.S."); 0 when there are fewer. */
  private static int dottedAcronymEnd(String text, int start) {
    char first = text.charAt(start);
    if (first < 0x80 && (first < 'A' || first > 'Z')) {
      return 0; // most tokens: no Unicode tables asked
    }
    int at = start;
    int letters = 0;
    while (at < text.length()) {
      int c = text.codePointAt(at);
      int next = at + Character.charCount(c);
      if (next >= text.length() || text.charAt(next) != '.' || Character.getType(c) != Character.UPPERCASE_LETTER) {
        break;
      }
      at = next + 1;
      letters++;
    }
    return letters >= 2 ? at : 0;
  }

  /**
   * The end of a word starting at {@code start}: letters and digits, then apostrophes each followed
   * by letters ("don't", "N’Djamena"), then a period if one follows. A symbol is a word of one.
   */
  private static int wordEnd(String text, int start) {
    int at = lettersOrDigitsEnd(text, start, true);
    if (at == start) {
      return start + Character.charCount(text.codePointAt(start));
    }
    while (at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '’')) {
      int after = lettersOrDigitsEnd(text, at + 1, false);
      if (after == at + 1) {
        break;
      }
      at = after;
    }
    return at < text.length() && text.charAt(at) == '.' ? at + 1 : at;
  }

  private static int lettersOrDigitsEnd(String text, int from, boolean digits) {
    int at = from;
    while (at < text.length()) {
      char ch = text.charAt(at);
      if (ch < 128) { // ASCII, most of the text: no Unicode tables
        if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || digits && ch >= '0' && ch <= '9')) {
          break;
        }
        at++;
        continue;
      }
      int c = text.codePointAt(at);
      if (!(Character.isLetter(c) || digits && isNumber(c))) {
        break;
      }
      at += Character.charCount(c);
    }
    return at;
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static int possessiveSuffix(String word) {
    if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
      return 2;
    }
    return 0;
  }

  static boolean newlineBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }
}
