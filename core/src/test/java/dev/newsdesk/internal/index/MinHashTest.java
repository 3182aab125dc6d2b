package dev.newsdesk.internal.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MinHashTest {

  @Test
  void signaturesIgnoreCaseAndPunctuationInAsciiAndOtherScripts() {
    assertArrayEquals(MinHash.signature("The mayor of São Paulo opened the new metro line on Monday."),
        MinHash.signature("THE MAYOR OF SÃO PAULO — opened the new Metro line, on monday"));
  }

  @Test
  void aChangedWordLeavesMostOfALongTextsSignature() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("sentence ").append(i).append(" of the council report on housing. ");
    }
    String edited = text.toString().replace("sentence 17 of", "paragraph 17 of");
    int[] a = MinHash.signature(text.toString());
    assertTrue(MinHash.similarity(a, new BytesRef(MinHash.toBytes(MinHash.signature(edited)))) >= MinHash.NEAR);
  }

  @Test
  void digitsAndLettersMakeDifferentWords() {
    int[] letters = MinHash.signature("one two three four five six");
    int[] digits = MinHash.signature("1 2 3 4 5 6");
    assertTrue(MinHash.similarity(letters, new BytesRef(MinHash.toBytes(digits))) < MinHash.NEAR);
  }
}
