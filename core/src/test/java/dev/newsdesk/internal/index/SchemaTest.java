package dev.newsdesk.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaTest {

  @ParameterizedTest
  @ValueSource(strings = {"Lloyd Austin", "  Hamas ", "São Paulo", "Ærøskøbing", "STRASSE", "Straße", "İstanbul", "ΣΟΦΊΑ",
      "Dž", "ﬁnance", "Ⅻ", "Québec-City", "", " ", "𝔸lpha", "東京", "islamic-state", "U.S. Army", "NATO", "al-Qaeda\t",
      "Kataib Hezbollah", "x"})
  void keywordIsWhatTheKeywordAnalyzerNormalisesTo(String value) {
    assertEquals(Schema.KEYWORD.normalize(Schema.ENTITY, value.strip()).utf8ToString(), Schema.keyword(value), value);
  }
}
