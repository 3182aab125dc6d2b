package dev.newsdesk.internal.entity;

import dev.newsdesk.entity.KnowledgeBase;
import java.util.Optional;
import java.util.Set;

/**
 * What the lexicon and the knowledge base say about one spelling of a word: the word lists it is
 * on, the place it is the demonym of, and how many tokens the known names it starts have. Rules
 * ask these of every token, in both passes of a scan, so a token's facts are found with one
 * lookup ({@link NameIndex#facts(String)}) rather than one per list.
 */
final class WordFacts {
  static final WordFacts NONE = new WordFacts(Set.of(), null, 0);

  /** Bit {@code ordinal} set for each list the word is on. */
  private final int lists;
  private final KnowledgeBase.Entry demonymOf;
  /** Bit {@code n} set when a known name of {@code n} tokens starts with this word (names of 63 tokens or more set bit 63). */
  private final long nameLengths;
  WordFacts(Set<WordList> lists, KnowledgeBase.Entry demonymOf, long nameLengths) {
    int bits = 0;
    for (WordList list : lists) {
      bits |= 1 << list.ordinal();
    }
    this.lists = bits;
    this.demonymOf = demonymOf;
    this.nameLengths = nameLengths;
  }

  private WordFacts(long nameLengths) {
    this.lists = 0;
    this.demonymOf = null;
    this.nameLengths = nameLengths;
  }

  /** The bit {@link #nameLengths()} sets for a name of {@code tokens} tokens. */
  static long nameLength(int tokens) {
    return 1L << Math.min(tokens, 63);
  }

  boolean isOn(WordList list) {
    return (lists & 1 << list.ordinal()) != 0;
  }

  /** The place this word is the demonym of: "Iraqi" → Iraq. */
  Optional<KnowledgeBase.Entry> demonym() {
    return Optional.ofNullable(demonymOf);
  }

  boolean isDemonym() {
    return demonymOf != null;
  }

  /** Whether a known name of the length {@code lengthBit} ({@link #nameLength}) starts with this word. */
  boolean startsNameOf(long lengthBit) {
    return (nameLengths & lengthBit) != 0;
  }

  /** The most tokens of a known name starting with this word; 0 when no name starts with it. */
  int longestName() {
    return nameLengths == 0 ? 0 : 63 - Long.numberOfLeadingZeros(nameLengths);
  }

  /** These facts with only the name lengths kept: for a spelling that only matches names once folded. */
  WordFacts nameLengthsOnly() {
    return nameLengths == 0 ? NONE : new WordFacts(nameLengths);
  }
}
