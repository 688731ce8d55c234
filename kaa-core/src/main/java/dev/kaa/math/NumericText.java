package dev.kaa.math;

/**
 * The first step of {@code int(str)}, {@code float(str)} and {@code complex(str)}: non-ASCII text is brought to ASCII as
 * CPython does it. A Unicode decimal digit (category Nd) becomes its ASCII digit and non-ASCII whitespace becomes a
 * space; any other non-ASCII character becomes {@code '?'}, which no number syntax accepts. ASCII is left alone, so only
 * C's whitespace ({@code " \t\n\v\f\r"}) counts there: {@code int('\x1c1')} is invalid though {@code '\x1c'.isspace()}.
 */
final class NumericText {
  private NumericText() {}

  static String toAscii(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
    if (ascii) return s;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128) {
        out.append((char) cp);
      } else if (isNonAsciiSpace(cp)) {
        out.append(' ');
      } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        out.append((char) ('0' + Character.digit(cp, 10)));
      } else {
        out.append('?');
      }
    }
    return out.toString();
  }

  /** Python's {@code str.isspace()} above ASCII: Unicode White_Space minus nothing, and not U+180E. */
  private static boolean isNonAsciiSpace(int cp) {
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
        || cp == 0x202F || cp == 0x205F || cp == 0x3000;
  }

  /** C's {@code isspace} in the "C" locale. */
  static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  static int skipSpace(String s, int i) {
    while (i < s.length() && isAsciiSpace(s.charAt(i))) i++;
    return i;
  }

  static int trimSpaceEnd(String s, int end) {
    while (end > 0 && isAsciiSpace(s.charAt(end - 1))) end--;
    return end;
  }
}
