package dev.kaa.math;

import dev.kaa.objects.Errors;
import java.math.BigInteger;

/** {@code float.hex()} and {@code float.fromhex()}: exact hexadecimal text, {@code 0x1.8000000000000p+0}. */
public final class FloatHex {
  private FloatHex() {}

  /** {@code x.hex()}: 13 fraction digits always; subnormals as {@code 0x0.…p-1022}. */
  public static String hex(double x) {
    if (Double.isNaN(x)) return "nan";
    if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
    String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
    if (x == 0.0) return sign + "0x0.0p+0";
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) ((bits >>> 52) & 0x7FF);
    long fraction = bits & 0xFFFFFFFFFFFFFL;
    int exponent = biased == 0 ? -1022 : biased - 1023;
    String digits = String.format("%013x", fraction);
    return sign + "0x" + (biased == 0 ? "0" : "1") + "." + digits + "p" + (exponent >= 0 ? "+" : "") + exponent;
  }

  /**
   * {@code float.fromhex(s)}: {@code [sign] ["0x"] hexdigits ["." hexdigits] ["p" [sign] decimal]} or inf/infinity/nan,
   * between ASCII whitespace; rounded half-even once, subnormals included.
   */
  public static double fromHex(String s) {
    int i = NumericText.skipSpace(s, 0), end = NumericText.trimSpaceEnd(s, s.length());
    int start = i;
    boolean negative = i < end && s.charAt(i) == '-';
    if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
    if (FloatText.scanSpecial(s, i, end) == end) return FloatText.value(s, start, end);
    if (i + 1 < end && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) i += 2;
    StringBuilder digits = new StringBuilder();
    int fractionDigits = 0;
    boolean seenPoint = false;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c == '.' && !seenPoint) {
        seenPoint = true;
      } else if (Character.digit(c, 16) >= 0 && c < 128) {
        digits.append(c);
        if (seenPoint) fractionDigits++;
      } else {
        break;
      }
    }
    if (digits.isEmpty()) throw invalid();
    long exponent = 0;
    if (i < end && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
      i++;
      boolean negativeExponent = i < end && s.charAt(i) == '-';
      if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
      int exponentStart = i;
      for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
        exponent = Math.min(exponent * 10 + (s.charAt(i) - '0'), 1L << 40);  // saturate: the outcome is then fixed
      }
      if (i == exponentStart) throw invalid();
      if (negativeExponent) exponent = -exponent;
    }
    if (i != end) throw invalid();
    BigInteger mantissa = new BigInteger(digits.toString(), 16);
    double magnitude;
    long scale = exponent - 4L * fractionDigits;
    if (mantissa.signum() == 0 || scale + mantissa.bitLength() < -1100) {
      magnitude = 0.0;
    } else if (scale + mantissa.bitLength() > 1100) {
      magnitude = Double.POSITIVE_INFINITY;
    } else {
      magnitude = IntMath.roundScaled(mantissa, false, (int) scale);
    }
    if (Double.isInfinite(magnitude)) throw Errors.overflowError("hexadecimal value too large to represent as a float");
    return negative ? -magnitude : magnitude;
  }

  private static RuntimeException invalid() {
    return Errors.valueError("invalid hexadecimal floating-point string");
  }
}
