package dev.newsdesk.internal.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    assertTrue(MinHash.isNear(a, new BytesRef(MinHash.toBytes(MinHash.signature(edited)))));
  }

  @Test
  void signaturesAreNearFromFourFifthsOfTheirValuesAgreeing() {
    int[] signature = new int[MinHash.SIZE];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = i * 7919;
    }
    int agreeing = (int) Math.ceil(MinHash.NEAR * MinHash.SIZE);
    assertTrue(MinHash.isNear(signature, new BytesRef(MinHash.toBytes(changedAt(signature, MinHash.SIZE - agreeing)))));
    assertFalse(MinHash.isNear(signature, new BytesRef(MinHash.toBytes(changedAt(signature, MinHash.SIZE - agreeing + 1)))));
  }

  /** The signature with its values changed at {@code count} positions spread over it. */
  private static int[] changedAt(int[] signature, int count) {
    int[] changed = signature.clone();
    for (int i = 0; i < count; i++) {
      changed[(i * 5) % changed.length] += 1;
    }
    return changed;
  }

  @Test
  void digitsAndLettersMakeDifferentWords() {
    int[] letters = MinHash.signature("one two three four five six");
    int[] digits = MinHash.signature("1 2 3 4 5 6");
    assertFalse(MinHash.isNear(letters, new BytesRef(MinHash.toBytes(digits))));
  }
}
