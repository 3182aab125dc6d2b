package dev.newsdesk.corpus;

import dev.newsdesk.extract.Article;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How well one extracted article matches its fixture: body precision, recall and F1 over 4-token
 * shingles (the way public extraction benchmarks score), and exact matches of title, byline and
 * published date.
 *
 * <p>{@code ExtractionScore s = ExtractionScore.of(fixture, extractor.extract(fixture.page()));}
 *
 * @param fixture the fixture's name
 * @param returnedText whether the extractor returned any body text
 * @param precision the share of returned shingles that are in the expected body (1 when both are empty)
 * @param recall the share of expected shingles that were returned (1 when both are empty)
 * @param titleMatch whether the title equals the expected one
 * @param bylineMatch whether the byline equals the expected one
 * @param publishedMatch whether the published time equals the expected one (the day, for a fixture
 *     that gives only a date)
 * @since 0.1
 */
public record ExtractionScore(
    String fixture, boolean returnedText, double precision, double recall,
    boolean titleMatch, boolean bylineMatch, boolean publishedMatch) {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  /** The harmonic mean of precision and recall. */
  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Scores {@code actual} against {@code fixture}'s expectations. */
  public static ExtractionScore of(Fixture fixture, Article actual) {
    Fixture.ExpectedArticle expected = fixture.expected();
    Map<String, Integer> want = shingles(expected.text());
    Map<String, Integer> got = shingles(actual.text());
    int overlap = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
    int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
    double precision = gotTotal == 0 ? (wantTotal == 0 ? 1 : 0) : (double) overlap / gotTotal;
    double recall = wantTotal == 0 ? (gotTotal == 0 ? 1 : 0) : (double) overlap / wantTotal;
    return new ExtractionScore(
        fixture.name(),
        !actual.text().isBlank(),
        precision,
        recall,
        expected.title().equals(actual.title()),
        expected.byline().equals(actual.byline()),
        publishedMatches(expected.published(), actual.published()));
  }

  static boolean publishedMatches(Optional<String> expected, Optional<OffsetDateTime> actual) {
    if (expected.isEmpty() || actual.isEmpty()) {
      return expected.isEmpty() && actual.isEmpty();
    }
    String want = expected.get();
    if (want.length() == 10) {
      return LocalDate.parse(want).equals(actual.get().toLocalDate());
    }
    return OffsetDateTime.parse(want).isEqual(actual.get());
  }

  /** Overlapping 4-token shingles as a multiset; a text of fewer tokens is one shingle. */
  static Map<String, Integer> shingles(String text) {
    List<String> tokens = WORD.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < SHINGLE) {
      counts.put(String.join(" ", tokens), 1);
      return counts;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }
}
