package dev.kaa.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.objects.PyException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PyStrIndexTest {
  @Test
  void astralCharactersAndLoneSurrogatesAreOneCodePointEach() {
    PyStrIndex s = PyStrIndex.of("a😀\ud800b\udc00😀");
    assertEquals(6, s.length());
    assertEquals("😀", s.getItem(1));
    assertEquals("\ud800", s.getItem(2));
    assertEquals("😀", s.getItem(-1));
    assertEquals("b\udc00", s.substring(3, 5));
    assertEquals("😀\udc00b\ud800😀a", s.slice(5, -1, -1));
    PyException e = assertThrows(PyException.class, () -> s.getItem(6));
    assertEquals("IndexError: string index out of range", e.getMessage());
    assertTrue(PyStrIndex.of("abc\ud800").isBmp());
  }

  /** Every code point index of random strings maps to its char offset and back, against a plain walk. */
  @Test
  void indexMatchesAWalkOverTheString() {
    Random random = new Random(7);
    int[] alphabet = {'a', 0xe9, 0x1f600, 0xd800, 0xdc00, 0x10ffff};
    for (int round = 0; round < 300; round++) {
      int[] cps = new int[random.nextInt(200)];
      for (int i = 0; i < cps.length; i++) cps[i] = alphabet[random.nextInt(alphabet.length)];
      String text = new String(cps, 0, cps.length);
      PyStrIndex s = PyStrIndex.of(text);
      int expectedLength = text.codePointCount(0, text.length());
      assertEquals(expectedLength, s.length());
      for (int k = 0, at = 0; k <= expectedLength; k++) {
        assertEquals(at, s.charIndex(k));
        assertEquals(k, s.codePointIndex(at));
        if (k < expectedLength) {
          assertEquals(text.codePointAt(at), s.codePointAt(k));
          at += Character.charCount(text.codePointAt(at));
        }
      }
    }
  }
}
