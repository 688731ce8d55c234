package dev.kaa.math;

import dev.kaa.strings.Unicode;

/**
 * The first step of {@code int(str)}, {@code float(str)} and {@code complex(str)}: non-ASCII text is brought to ASCII
 * as CPython does it. A Unicode decimal digit (category Nd) becomes its ASCII digit and non-ASCII whitespace becomes a
 * space, by CPython 3.12's Unicode 15.0 ({@link Unicode}'s pinned tables, not the JDK's newer data, so digits added in
 * Unicode 16 stay invalid); any other non-ASCII character becomes {@code '?'}, which no number syntax accepts. ASCII is
 * left alone, so only C's whitespace ({@code " \t\n\v\f\r"}) counts there: {@code int('\x1c1')} is invalid though
 * {@code '\x1c'.isspace()}.
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
      } else if (Unicode.isSpace(cp)) {
        out.append(' ');
      } else if (Unicode.decimalValue(cp) >= 0) {
        out.append((char) ('0' + Unicode.decimalValue(cp)));
      } else {
        out.append('?');
      }
    }
    return out.toString();
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
