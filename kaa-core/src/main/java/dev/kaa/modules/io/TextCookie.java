package dev.kaa.modules.io;

import dev.kaa.objects.PyInt;
import java.math.BigInteger;

/**
 * TextIOWrapper's {@code tell()} result: an opaque int packing where to restart — the byte position of a point where
 * the decoder's state is known, that state's flags, how many bytes to feed it from there, whether to feed it the end
 * of input, and how many characters to skip — in CPython's layout (64 bits each, position lowest), so the cookie of a
 * position with nothing pending is the byte position itself.
 */
record TextCookie(long position, long decFlags, long bytesToFeed, boolean needEof, long charsToSkip) {
  private static final BigInteger MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  PyInt toInt() {
    if (decFlags == 0 && bytesToFeed == 0 && !needEof && charsToSkip == 0) return PyInt.of(position);
    BigInteger v = BigInteger.valueOf(position)
        .or(BigInteger.valueOf(decFlags).shiftLeft(64))
        .or(BigInteger.valueOf(bytesToFeed).shiftLeft(128))
        .or(BigInteger.valueOf(charsToSkip).shiftLeft(192))
        .or(needEof ? BigInteger.ONE.shiftLeft(256) : BigInteger.ZERO);
    return PyInt.of(v);
  }

  static TextCookie of(PyInt cookie) {
    if (cookie.isLong()) return new TextCookie(cookie.longValue(), 0, 0, false, 0);
    BigInteger v = cookie.bigValue();
    return new TextCookie(v.and(MASK).longValue(), v.shiftRight(64).and(MASK).longValue(),
        v.shiftRight(128).and(MASK).longValue(), v.testBit(256), v.shiftRight(192).and(MASK).longValue());
  }
}
