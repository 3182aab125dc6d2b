package dev.newsdesk.internal.entity;

/**
 * A word or punctuation mark of the text, with its offsets.
 *
 * @param sentenceStart whether it is the first word of a sentence (or of a paragraph, or after an
 *     opening quote that starts one)
 */
record Token(int start, int end, String text, boolean sentenceStart) {

  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  boolean is(String s) {
    return text.equals(s);
  }
}
