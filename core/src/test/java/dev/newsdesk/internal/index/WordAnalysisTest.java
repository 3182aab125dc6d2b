package dev.newsdesk.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordAnalysisTest {
  private static final String MARK = String.valueOf(Schema.STEM_MARK);

  /** Each token as "term@position[start-end]". */
  private static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(term.toString().replace(MARK, "^") + "@" + position + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void indexesEachWordAsWrittenWithItsMarkedStemWhereItDiffers() {
    assertEquals(List.of("the@0[0-3]", "troops@1[4-10]", "^troop@1[4-10]", "were@2[11-15]", "withdrawing@3[16-27]",
            "^withdraw@3[16-27]", "from@4[28-32]", "austin's@5[33-41]", "^austin@5[33-41]", "base@6[42-46]"),
        tokens(Schema.analyzer(), Schema.TEXT, "The troops were withdrawing from Austin's base"));
  }

  @Test
  void searchesEachWordsStemAndMarkedStemLeavingStopWordsAsGaps() {
    assertEquals(List.of("troop@1[4-10]", "^troop@1[4-10]", "withdraw@3[15-26]", "^withdraw@3[15-26]", "austin@5[30-38]",
            "^austin@5[30-38]", "base@7[42-46]", "^base@7[42-46]"),
        tokens(Schema.queryAnalyzer(), Schema.TEXT, "The troops are withdrawing to Austin's, a base"));
  }

  /** Where the index skips the stemmer for short words, it must index what the stemmer would have said. */
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "de", "es"})
  void indexesEachWordOfOneOrTwoLettersWithTheStemItsSearchAsksFor(String language) {
    String field = Schema.languageField(Schema.TEXT, language);
    for (char first = 'a'; first <= 'z'; first++) {
      for (char second = '`'; second <= 'z'; second++) {
        String word = second == '`' ? String.valueOf(first) : "" + first + second;
        String at = "@0[0-" + word.length() + "]";
        List<String> searched = tokens(Schema.queryAnalyzer(), field, word);
        List<String> expected = searched.isEmpty() || searched.get(0).equals(word + at)
            ? List.of(word + at)
            : List.of(word + at, searched.get(1));
        assertEquals(expected, tokens(Schema.analyzer(), field, word), language + ": " + word);
      }
    }
  }

  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of("en", new EnglishAnalyzer(),
            "The ministers' talks in Baghdad were adjourned; Iraq's parliament is debating the withdrawal of foreign troops."),
        Arguments.of("fr", new FrenchAnalyzer(),
            "L'armée française s'est retirée des bases d'Irak, a déclaré la ministre des Armées aux députés."),
        Arguments.of("de", new GermanAnalyzer(),
            "Die Bundesregierung hat die Soldaten aus den Stützpunkten abgezogen, sagten die Ministerinnen in Berlin."),
        Arguments.of("es", new SpanishAnalyzer(),
            "Las tropas estadounidenses se retiraron de las bases iraquíes, dijeron los ministros en Bagdad."));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void stemsAsTheLanguagesOwnLuceneAnalyzerDoes(String language, Analyzer lucene, String text) {
    String field = Schema.languageField(Schema.TEXT, language);
    List<String> ours = tokens(Schema.queryAnalyzer(), field, text).stream().filter(t -> !t.startsWith("^")).toList();
    assertEquals(tokens(lucene, field, text), ours);
    List<String> indexedStems = tokens(Schema.analyzer(), field, text).stream()
        .filter(t -> t.startsWith("^")).map(t -> t.substring(1)).toList();
    assertEquals(ours.stream().filter(indexedStems::contains).toList().size(), indexedStems.size(),
        "every marked stem is a stem the query side asks for");
  }
}
