package dev.newsdesk.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Lloyd Austin|lloyd-austin",
      "U.S. Army|us-army",
      "O'Brien|obrien",
      "'  --Al-Qaeda-- '|al-qaeda",
      "7th Fleet, (Pacific)|7th-fleet-pacific",
      "São Paulo|sao-paulo",
      "N’Djamena|ndjamena",
      "Zürich & Co.|zurich-co",
      "'...'|''",
  })
  void slugsAreAsciiLowerCaseWordsJoinedByHyphens(String name, String slug) {
    assertEquals(slug, Slugs.slug(name));
  }
}
