package dev.newsdesk.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  @Test
  void guessesFromFunctionWordsInAnyCase() {
    assertEquals("en", LanguageGuesser.guess("THE minister said that the talks with the union were over and that the strike was on."));
    assertEquals("fr", LanguageGuesser.guess("Le ministre a dit que les négociations avec les syndicats dans la région sont terminées et que la grève est une option."));
    assertEquals("de", LanguageGuesser.guess("Der Minister sagte, dass die Gespräche mit den Gewerkschaften nicht beendet sind und die Regierung sich auf den Streik einstellt."));
  }

  @Test
  void saysNothingWithoutEnoughFunctionWords() {
    assertEquals("", LanguageGuesser.guess("Parliament approved extraordinary infrastructure appropriations yesterday."));
    assertEquals("", LanguageGuesser.guess(""));
  }
}
