package dev.kaa.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where lines end under the three newline modes, and when a final '\r' must wait for more text. */
class LineEndsTest {
  private static int find(String text, LineEnds.Mode mode, String nl, boolean complete) {
    return LineEnds.find(text, 0, text.length(), mode, nl, complete);
  }

  @Test void translatedSeesOnlyLf() {
    assertEquals(3, find("ab\ncd", LineEnds.Mode.TRANSLATED, null, false));
    assertEquals(-1, find("ab\rcd", LineEnds.Mode.TRANSLATED, null, false));
  }

  @Test void universalSeesAllThree() {
    assertEquals(3, find("ab\ncd", LineEnds.Mode.UNIVERSAL, "", false));
    assertEquals(3, find("ab\rcd", LineEnds.Mode.UNIVERSAL, "", false));
    assertEquals(4, find("ab\r\ncd", LineEnds.Mode.UNIVERSAL, "", false));
  }

  @Test void finalCrWaitsUnlessComplete() {
    assertEquals(-1, find("ab\r", LineEnds.Mode.UNIVERSAL, "", false));
    assertEquals(3, find("ab\r", LineEnds.Mode.UNIVERSAL, "", true));
    assertEquals(-1, find("ab\r", LineEnds.Mode.FIXED, "\r\n", false));
    assertEquals(-1, find("ab\r", LineEnds.Mode.FIXED, "\r\n", true));
  }

  @Test void fixedTerminator() {
    assertEquals(5, find("a\rb\r\nc", LineEnds.Mode.FIXED, "\r\n", false));
    assertEquals(2, find("a\rb\r\nc", LineEnds.Mode.FIXED, "\r", false));
  }
}
