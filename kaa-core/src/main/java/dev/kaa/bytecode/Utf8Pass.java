package dev.kaa.bytecode;

import dev.kaa.strings.StrEncode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 with lone surrogates passed through as three-byte sequences (Python's {@code 'surrogatepass'}): how marshal
 * stores a str, so every Python str survives, including those no strict UTF-8 could carry.
 */
final class Utf8Pass {
  private Utf8Pass() {}

  /** Thrown for bytes that are not UTF-8 even with surrogates allowed. */
  static final class Malformed extends Exception {
    Malformed() { super("invalid UTF-8", null, false, false); }
  }

  static byte[] encode(CharSequence s) {
    return StrEncode.encode(s.toString(), "utf-8", "surrogatepass");
  }

  /** Code point by code point: a lone high surrogate before a lone low one stays two (a String would pair them). */
  static byte[] encode(int[] codePoints) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(codePoints.length + 8);
    for (int cp : codePoints) out.writeBytes(encode(Character.toString(cp)));
    return out.toByteArray();
  }

  /** The code points of {@code b[offset, offset + length)}. */
  static int[] decode(byte[] b, int offset, int length) throws Malformed {
    int[] out = new int[length];
    int n = 0;
    int end = offset + length;
    for (int i = offset; i < end; ) {
      int c = b[i] & 0xff;
      int cp, extra;
      if (c < 0x80) {
        cp = c;
        extra = 0;
      } else if (c >= 0xc2 && c < 0xe0) {
        cp = c & 0x1f;
        extra = 1;
      } else if (c >= 0xe0 && c < 0xf0) {
        cp = c & 0x0f;
        extra = 2;
      } else if (c >= 0xf0 && c < 0xf5) {
        cp = c & 0x07;
        extra = 3;
      } else {
        throw new Malformed();
      }
      if (extra > 0 && i + extra >= end) throw new Malformed();
      for (int k = 1; k <= extra; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) throw new Malformed();
        cp = cp << 6 | cc & 0x3f;
      }
      if (extra == 2 && cp < 0x800 || extra == 3 && (cp < 0x10000 || cp > 0x10ffff)) throw new Malformed();
      out[n++] = cp;
      i += extra + 1;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** True when the code points hold a high surrogate directly followed by a low one, which a String would merge. */
  static boolean hasSurrogatePair(int[] cps) {
    for (int i = 0; i + 1 < cps.length; i++) {
      if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xffff
          && Character.isLowSurrogate((char) cps[i + 1]) && cps[i + 1] <= 0xffff) {
        return true;
      }
    }
    return false;
  }

  static String toJavaString(int[] cps) { return new String(cps, 0, cps.length); }

  /** A Java String from bytes known to be ASCII. */
  static String ascii(byte[] b, int offset, int length) {
    return new String(b, offset, length, StandardCharsets.ISO_8859_1);
  }
}
