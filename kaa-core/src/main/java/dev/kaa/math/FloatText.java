package dev.kaa.math;

import dev.kaa.objects.Errors;
import dev.kaa.text.StrRepr;

/**
 * {@code float(str)}: Python's float syntax checked here (decimal digits with single underscores between digits, an
 * optional fraction and exponent, or {@code inf}/{@code infinity}/{@code nan} in any case, each with a sign), then the
 * digits handed to {@link Double#parseDouble}, which rounds correctly (half-even) however many digits there are. The
 * text form of a float is {@link dev.kaa.text.FloatRepr}'s.
 */
public final class FloatText {
  private FloatText() {}

  private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xFFF8000000000000L);

  /** {@code float(s)} for a str. */
  public static double parse(String s) {
    String t = NumericText.toAscii(s);
    int start = NumericText.skipSpace(t, 0), end = NumericText.trimSpaceEnd(t, t.length());
    if (start >= end || scan(t, start, end, true) != end) {
      throw Errors.valueError("could not convert string to float: %s", StrRepr.repr(s));
    }
    return value(t, start, end);
  }

  /**
   * The end of the float literal that starts at {@code i} (not beyond {@code end}), or -1 if none does. The longest
   * match: {@code "1e5j"} scans {@code "1e5"}, {@code "1ej"} scans {@code "1"}.
   */
  static int scan(String t, int i, int end, boolean signed) {
    if (signed && i < end && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
    int special = scanSpecial(t, i, end);
    if (special >= 0) return special;
    int afterInt = digits(t, i, end);
    int j = afterInt < 0 ? i : afterInt;
    if (j < end && t.charAt(j) == '.') {
      int afterFraction = digits(t, j + 1, end);
      if (afterFraction >= 0) {
        j = afterFraction;
      } else if (afterInt >= 0) {
        j = j + 1;  // "5."
      } else {
        return -1;  // "." alone
      }
    } else if (afterInt < 0) {
      return -1;
    }
    if (j < end && (t.charAt(j) == 'e' || t.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < end && (t.charAt(k) == '+' || t.charAt(k) == '-')) k++;
      int afterExponent = digits(t, k, end);
      if (afterExponent >= 0) j = afterExponent;
    }
    return j;
  }

  /** The end of {@code inf}, {@code infinity} or {@code nan} (any case) at i, or -1. */
  static int scanSpecial(String t, int i, int end) {
    for (String word : new String[] {"infinity", "inf", "nan"}) {
      if (i + word.length() <= end && t.regionMatches(true, i, word, 0, word.length())) return i + word.length();
    }
    return -1;
  }

  /** The end of a run of digits with single underscores between them starting at i, or -1 if no digit is there. */
  private static int digits(String t, int i, int end) {
    if (i >= end || !isDigit(t.charAt(i))) return -1;
    i++;
    while (i < end) {
      if (isDigit(t.charAt(i))) {
        i++;
      } else if (t.charAt(i) == '_' && i + 1 < end && isDigit(t.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of a literal that {@link #scan} accepted. */
  static double value(String t, int from, int to) {
    boolean negative = t.charAt(from) == '-';
    int body = t.charAt(from) == '+' || negative ? from + 1 : from;
    char first = Character.toLowerCase(t.charAt(body));
    if (first == 'i') return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    if (first == 'n') return negative ? NEGATIVE_NAN : Double.NaN;
    return Double.parseDouble(t.substring(from, to).replace("_", ""));
  }
}
