package dev.kaa.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.objects.PyInt;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** TextIOWrapper's cookies: CPython's layout, a plain position stays a plain int, and every field round-trips. */
class TextCookieTest {
  @Test void plainPositionIsTheByteOffset() {
    PyInt cookie = new TextCookie(1234, 0, 0, false, 0).toInt();
    assertTrue(cookie.isLong());
    assertEquals(1234, cookie.longValue());
  }

  @Test void fieldsAreSixtyFourBitsEachPositionLowest() {
    BigInteger expected = BigInteger.valueOf(7)
        .add(BigInteger.valueOf(1).shiftLeft(64))
        .add(BigInteger.valueOf(3).shiftLeft(128))
        .add(BigInteger.valueOf(2).shiftLeft(192))
        .add(BigInteger.ONE.shiftLeft(256));
    assertEquals(expected, new TextCookie(7, 1, 3, true, 2).toInt().bigValue());
  }

  @Test void roundTrips() {
    TextCookie c = new TextCookie(1L << 40, 5, 4, false, 9);
    assertEquals(c, TextCookie.of(c.toInt()));
    assertEquals(new TextCookie(99, 0, 0, false, 0), TextCookie.of(PyInt.of(99)));
  }
}
