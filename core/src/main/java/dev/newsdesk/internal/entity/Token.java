package dev.newsdesk.internal.entity;

/**
 * A word or punctuation mark of the text, with its offsets. Whether it is a word and whether it is
 * capitalised are decided once, here: the rules ask both of every token, many times.
 */
final class Token {
  private final int start;
  private final int end;
  private final String text;
  private final boolean sentenceStart;
  private final boolean word;
  private final boolean capitalized;

  /**
   * @param sentenceStart whether it is the first word of a sentence (or of a paragraph, or after an
   *     opening quote that starts one)
   */
  Token(int start, int end, String text, boolean sentenceStart) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.sentenceStart = sentenceStart;
    int first = text.codePointAt(0);
    this.word = Character.isLetterOrDigit(first);
    this.capitalized = Character.isUpperCase(first);
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    return text;
  }

  boolean sentenceStart() {
    return sentenceStart;
  }

  boolean isWord() {
    return word;
  }

  boolean isCapitalized() {
    return capitalized;
  }

  boolean is(String s) {
    return text.equals(s);
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }
}
