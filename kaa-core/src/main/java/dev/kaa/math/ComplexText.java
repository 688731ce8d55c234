package dev.kaa.math;

import dev.kaa.objects.Errors;

/**
 * {@code complex(str)}: {@code real}, {@code imag j}, {@code real ± imag j} or {@code real ± j}, optionally inside one
 * pair of parentheses, with whitespace only around the whole (and just inside the parentheses). Each part is a
 * {@link FloatText} literal; the sign between the parts is the operator, so {@code "1+-2j"} is malformed.
 */
public final class ComplexText {
  private ComplexText() {}

  /** {@code complex(s)} as {re, im}. */
  public static double[] parse(String s) {
    String t = NumericText.toAscii(s);
    int i = NumericText.skipSpace(t, 0), end = NumericText.trimSpaceEnd(t, t.length());
    if (i < end && t.charAt(i) == '(' && t.charAt(end - 1) == ')') {
      i = NumericText.skipSpace(t, i + 1);
      end = NumericText.trimSpaceEnd(t, end - 1);
    }
    double re = 0.0, im = 0.0;
    int first = FloatText.scan(t, i, end, true);
    if (first >= 0) {
      double x = FloatText.value(t, i, first);
      i = first;
      if (i < end && isJ(t.charAt(i))) {
        im = x;
        i++;
      } else {
        re = x;
        if (i < end && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
          boolean minus = t.charAt(i) == '-';
          int second = FloatText.scan(t, i + 1, end, false);
          double y = second >= 0 ? FloatText.value(t, i + 1, second) : 1.0;
          i = second >= 0 ? second : i + 1;
          if (i >= end || !isJ(t.charAt(i))) throw malformed();
          im = minus ? -y : y;
          i++;
        }
      }
    } else {
      // a lone j with an optional sign
      boolean minus = i < end && t.charAt(i) == '-';
      if (i < end && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
      if (i >= end || !isJ(t.charAt(i))) throw malformed();
      im = minus ? -1.0 : 1.0;
      i++;
    }
    if (i != end) throw malformed();
    return new double[] {re, im};
  }

  private static boolean isJ(char c) {
    return c == 'j' || c == 'J';
  }

  private static RuntimeException malformed() {
    return Errors.valueError("complex() arg is a malformed string");
  }
}
