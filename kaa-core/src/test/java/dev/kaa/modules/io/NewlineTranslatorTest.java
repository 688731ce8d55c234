package dev.kaa.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Universal newlines: translation, the held-back '\r' across pieces, and the endings seen. */
class NewlineTranslatorTest {
  @Test void crLfSplitAcrossPiecesIsOneNewline() {
    NewlineTranslator t = new NewlineTranslator(true);
    assertEquals("a", t.decode("a\r", false));
    assertTrue(t.pendingCr);
    assertEquals("\nb", t.decode("\nb", false));
    assertEquals(NewlineTranslator.SEEN_CRLF, t.seen);
  }

  @Test void finalPieceReleasesTheCr() {
    NewlineTranslator t = new NewlineTranslator(false);
    assertEquals("x", t.decode("x\r", false));
    assertEquals("\r", t.decode("", true));
    assertEquals(NewlineTranslator.SEEN_CR, t.seen);
  }

  @Test void allThreeSeen() {
    NewlineTranslator t = new NewlineTranslator(true);
    assertEquals("a\nb\nc\nd", t.decode("a\r\nb\rc\nd", true));
    assertEquals(NewlineTranslator.SEEN_CR | NewlineTranslator.SEEN_LF | NewlineTranslator.SEEN_CRLF, t.seen);
  }
}
