package dev.newsdesk.internal.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a text's language from its most frequent function words, for pages that do not declare
 * one. Enough to choose an analysis chain; not a general language identifier.
 */
public final class LanguageGuesser {
  private LanguageGuesser() {}

  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "said"),
          "fr", Set.of("le", "la", "les", "et", "des", "du", "est", "une", "dans", "pour", "que", "qui"),
          "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "ein"),
          "es", Set.of("el", "los", "las", "y", "del", "que", "en", "por", "una", "para", "con", "es"),
          "it", Set.of("il", "di", "che", "della", "per", "gli", "sono", "una", "nel", "con", "non", "le"),
          "pt", Set.of("o", "os", "as", "do", "da", "que", "em", "para", "uma", "com", "não", "dos"),
          "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "zijn", "voor"));

  /** Each function word's languages: one look-up per word of the text. */
  private static final Map<String, List<String>> LANGUAGES_OF = languagesOf();

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Longer words are no function word: they are counted without being cut out and lower-cased. */
  private static final int LONGEST_FUNCTION_WORD = LANGUAGES_OF.keySet().stream().mapToInt(String::length).max().orElse(0);
  private static final int MIN_EVIDENCE = 5;

  private static Map<String, List<String>> languagesOf() {
    Map<String, List<String>> languages = new java.util.HashMap<>();
    FUNCTION_WORDS.forEach((lang, words) -> words.forEach(w -> languages.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang)));
    return Map.copyOf(languages);
  }

  /** The ISO 639-1 code of the likeliest language, or empty when the text gives too little evidence. */
  public static String guess(String text) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    Matcher m = WORD.matcher(text);
    int words = 0;
    while (m.find() && words < 2000) {
      words++;
      if (m.end() - m.start() > LONGEST_FUNCTION_WORD) {
        continue;
      }
      for (String lang : LANGUAGES_OF.getOrDefault(m.group().toLowerCase(Locale.ROOT), List.of())) {
        counts.merge(lang, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_EVIDENCE)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("");
  }
}
