package dev.newsdesk.internal.entity;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.KnowledgeBase;
import dev.newsdesk.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The knowledge base arranged for lookup while scanning text: by surface form, demonym and surname. */
final class NameIndex {
  private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("\\s[-–—]\\s");

  private final Map<String, List<KnowledgeBase.Entry>> bySurface = new HashMap<>();
  private final Map<String, KnowledgeBase.Entry> byDemonym = new HashMap<>();
  /** Demonyms of two words or more ("South Korean", "Sri Lankan"), by their first word. */
  private final Map<String, List<MultiWordDemonym>> multiWordDemonyms = new HashMap<>();
  private final Map<String, List<KnowledgeBase.Entry>> personsBySurname = new HashMap<>();
  private final KnowledgeBase base;
  private final Map<String, List<KnowledgeBase.Entry>> cjkNames = new HashMap<>();
  private int longestCjkName;

  /** A demonym of two words or more, as its words, and the place it is of. */
  record MultiWordDemonym(List<String> words, KnowledgeBase.Entry place) {}

  /** The demonyms of two words or more that start with {@code word} ("South": "South Korean", "South African", ...). */
  List<MultiWordDemonym> multiWordDemonymsStartingWith(String word) {
    return multiWordDemonyms.getOrDefault(word, List.of());
  }

  /** Whether {@code s} has Han, Hiragana or Katakana characters. */
  static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u2E80' && isCjk(s.codePointAt(i))) { // below U+2E80 no script of these: the usual case, kept cheap
        return true;
      }
    }
    return false;
  }

  private static boolean isCjk(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** The entries named exactly by this run of Chinese or Japanese characters. */
  List<KnowledgeBase.Entry> namedCjk(String surface) {
    return cjkNames.getOrDefault(surface, List.of());
  }

  /** The longest Chinese or Japanese name, in characters. */
  int longestCjkName() {
    return longestCjkName;
  }

  /** For each word that starts a known name, the lengths in tokens of the names starting with it ({@link WordFacts#nameLength}). */
  private final Map<String, Long> nameLengthsByFirstWord = new HashMap<>();
  /** For each word that starts a known name of two tokens or more, those names' lengths by their second word. */
  private final WordPairLengths nameLengthsByFirstTwoWords = new WordPairLengths();

  /** What is known of each word on a lexicon list, a demonym, or the first word of a name. */
  private final Map<String, WordFacts> facts;

  NameIndex(KnowledgeBase base) {
    this.base = base;
    // In id order: the base's own order changes from run to run, and ties between namesakes
    // (two organisations called "RSF", two places of one population) must not.
    List<KnowledgeBase.Entry> inIdOrder = new ArrayList<>(base.entries());
    inIdOrder.sort(Comparator.comparing(KnowledgeBase.Entry::id));
    for (KnowledgeBase.Entry entry : inIdOrder) {
      add(entry.name(), entry);
      entry.aliases().forEach(alias -> add(alias, entry));
      if (entry.type() == EntityType.LOCATION) {
        entry.demonyms().forEach(d -> byDemonym.merge(d, entry, NameIndex::morePopulous));
        for (String demonym : entry.demonyms()) {
          List<String> words = Tokenizer.tokenize(demonym).stream().map(Token::text).toList();
          if (words.size() > 1) {
            multiWordDemonyms.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new MultiWordDemonym(words, entry));
          }
        }
      }
      if (entry.type() == EntityType.PERSON) {
        List<Token> words = Tokenizer.tokenize(entry.name());
        if (words.size() > 1) {
          personsBySurname.computeIfAbsent(words.get(words.size() - 1).text(), k -> new ArrayList<>()).add(entry);
          String lastWord = entry.name().substring(entry.name().lastIndexOf(' ') + 1);
          if (lastWord.contains("-") && entry.name().contains(" ")) {
            personsBySurname.computeIfAbsent(lastWord, k -> new ArrayList<>()).add(entry); // "Akufo-Addo"
          }
        }
      }
    }
    // Most specific first: a name that is an entry's own name beats one that is only an alias,
    // and a bigger place beats a smaller namesake. An institution weighs by its country: with
    // nothing in a text to say which, "Senate" is the bigger country's.
    Comparator<KnowledgeBase.Entry> byPopulation = Comparator.comparingLong(this::prominence).reversed();
    bySurface.forEach((surface, entries) ->
        entries.sort(Comparator.comparing((KnowledgeBase.Entry e) -> !key(e.name()).equals(surface))
            .thenComparing(byPopulation)));
    facts = factsByWord();
  }

  private Map<String, WordFacts> factsByWord() {
    Map<String, EnumSet<WordList>> lists = new HashMap<>();
    for (WordList list : WordList.values()) {
      list.words().forEach(word -> lists.computeIfAbsent(word, k -> EnumSet.noneOf(WordList.class)).add(list));
    }
    Set<String> words = new HashSet<>(lists.keySet());
    words.addAll(byDemonym.keySet());
    words.addAll(nameLengthsByFirstWord.keySet());
    Map<String, WordFacts> byWord = new HashMap<>();
    for (String word : words) {
      byWord.put(word, new WordFacts(lists.getOrDefault(word, EnumSet.noneOf(WordList.class)), byDemonym.get(word),
          nameLengthsByFirstWord.getOrDefault(word, 0L)));
    }
    return byWord;
  }

  private void add(String surface, KnowledgeBase.Entry entry) {
    String key = key(surface);
    if (key.isEmpty()) {
      return;
    }
    if (hasCjk(key)) {
      // Chinese and Japanese write names without spaces: these are found inside runs of text.
      cjkNames.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      longestCjkName = Math.max(longestCjkName, key.length());
      return;
    }
    List<KnowledgeBase.Entry> entries = bySurface.computeIfAbsent(key, k -> new ArrayList<>());
    if (!entries.contains(entry)) {
      entries.add(entry);
    }
    List<Token> words = Tokenizer.tokenize(key);
    if (!words.isEmpty()) {
      nameLengthsByFirstWord.merge(words.get(0).text(), WordFacts.nameLength(words.size()), (a, b) -> a | b);
      if (words.size() > 1) {
        nameLengthsByFirstTwoWords.add(words.get(0).text(), words.get(1).text(), WordFacts.nameLength(words.size()));
      }
    }
  }

  private long prominence(KnowledgeBase.Entry e) {
    if (e.type() != EntityType.ORGANIZATION || e.population() > 0 || e.country().isEmpty()) {
      return e.population();
    }
    // A tenth: the country's own places of that name still come first ("Vatican" the city-state, not the Holy See).
    return base.get(e.country()).map(country -> country.population() / 10).orElse(0L);
  }

  private static KnowledgeBase.Entry morePopulous(KnowledgeBase.Entry a, KnowledgeBase.Entry b) {
    return b.population() > a.population() ? b : a;
  }

  /** The entries named exactly {@code surface}, best first. */
  List<KnowledgeBase.Entry> named(String surface) {
    return bySurface.getOrDefault(key(surface), List.of());
  }

  /**
   * Names compare with typographic variants folded: curly apostrophes, and dashes between words
   * ("Islamic State – Sahel Province" is also written "Islamic State Sahel Province").
   */
  private static String key(String surface) {
    String straight = surface.replace('’', '\''); // the same string when it has none
    if (isPlain(straight)) {
      return straight; // the common case, kept free of regular expressions: it runs per token
    }
    return Whitespace.normalize(SPACED_DASH.matcher(straight).replaceAll(" "));
  }

  private static boolean isPlain(String s) {
    char previous = 'x';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '–' || c == '—' || c == '-' && previous == ' ' || Character.isWhitespace(c) && (c != ' ' || previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return !s.isEmpty() && s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ';
  }

  /**
   * What the lexicon and the knowledge base say about a token spelt {@code word}. Names are known
   * with straight apostrophes, so "N’Djamena" starts the names "N'Djamena" starts, but is on no list.
   */
  WordFacts facts(String word) {
    if (word.indexOf('’') >= 0) {
      return facts.getOrDefault(word.replace('’', '\''), WordFacts.NONE).nameLengthsOnly();
    }
    return facts.getOrDefault(word, WordFacts.NONE);
  }

  /**
   * The lengths of the known names that start with {@code word} and then {@code next}, as bits
   * ({@link WordFacts#nameLength}), or more: see {@link WordPairLengths}.
   */
  long nameLengthsBefore(String word, String next) {
    return nameLengthsByFirstTwoWords.get(word.replace('’', '\''), next);
  }

  /** Known people with this surname. */
  List<KnowledgeBase.Entry> personsWithSurname(String surname) {
    return personsBySurname.getOrDefault(surname, List.of());
  }

  Optional<KnowledgeBase.Entry> get(String id) {
    return base.get(id);
  }
}
