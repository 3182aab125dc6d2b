package dev.newsdesk.internal.entity;

import java.util.Locale;

/**
 * Whether each token of a text, in lower case, is a common English word or a given name. Rules ask
 * this of capitalised words again and again ("Currently", "March", "Jordan"), so each token is
 * lowered and looked up once, on first use.
 */
final class LowerCaseForms {
  private static final byte LOOKED_UP = 1;
  private static final byte COMMON_WORD = 2;
  private static final byte GIVEN_NAME = 4;

  private final Token[] tokens;
  private final byte[] lists;

  LowerCaseForms(Token[] tokens) {
    this.tokens = tokens;
    this.lists = new byte[tokens.length];
  }

  /** Whether token {@code k} in lower case is on {@link Lexicon#COMMON_WORDS}. */
  boolean isCommonWord(int k) {
    return (listsOf(k) & COMMON_WORD) != 0;
  }

  /** Whether token {@code k} in lower case is on {@link Lexicon#GIVEN_NAMES}. */
  boolean isGivenName(int k) {
    return (listsOf(k) & GIVEN_NAME) != 0;
  }

  private int listsOf(int k) {
    int found = lists[k];
    if (found == 0) {
      String lower = tokens[k].text().toLowerCase(Locale.ROOT);
      found = LOOKED_UP | (Lexicon.COMMON_WORDS.contains(lower) ? COMMON_WORD : 0) | (Lexicon.GIVEN_NAMES.contains(lower) ? GIVEN_NAME : 0);
      lists[k] = (byte) found;
    }
    return found;
  }
}
