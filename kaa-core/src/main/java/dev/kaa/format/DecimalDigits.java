package dev.kaa.format;

import dev.kaa.text.FloatRepr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a double as a float format rounds them, and their layout: the job of CPython's
 * {@code PyOS_double_to_string}. Rounding works on the double's exact binary value ({@link BigDecimal#BigDecimal(double)}),
 * half to even, so every precision is correctly rounded, as CPython's dtoa is; the shortest form comes from
 * {@link FloatRepr#shortest}.
 *
 * @param digits       no leading or trailing zeros, except the single "0" of zero
 * @param decimalPoint the value is {@code 0.DIGITS × 10^decimalPoint} (1 for zero)
 */
record DecimalDigits(String digits, int decimalPoint) {
  private static final DecimalDigits ZERO = new DecimalDigits("0", 1);

  boolean isZero() {
    return digits.equals("0");
  }

  /** The shortest digits that read back as {@code abs}. */
  static DecimalDigits shortest(double abs) {
    if (abs == 0) return ZERO;
    FloatRepr.Shortest s = FloatRepr.shortest(abs);
    return new DecimalDigits(s.digits(), s.decimalPoint());
  }

  /** {@code abs} rounded to {@code count} significant digits. */
  static DecimalDigits significant(double abs, int count) {
    if (abs == 0) return ZERO;
    return of(new BigDecimal(abs).round(new MathContext(count, RoundingMode.HALF_EVEN)));
  }

  /** {@code abs} rounded to {@code places} digits after the decimal point. */
  static DecimalDigits fixed(double abs, int places) {
    return of(new BigDecimal(abs).setScale(places, RoundingMode.HALF_EVEN));
  }

  private static DecimalDigits of(BigDecimal rounded) {
    if (rounded.signum() == 0) return ZERO;
    String unscaled = rounded.unscaledValue().toString();
    int end = unscaled.length();
    while (unscaled.charAt(end - 1) == '0') end--;
    return new DecimalDigits(unscaled.substring(0, end), unscaled.length() - rounded.scale());
  }

  /**
   * Lays the digits out for a format: {@code 'e'} ({@code precision} significant digits), {@code 'f'} ({@code precision}
   * places), {@code 'g'} ({@code precision} significant digits, exponent outside [1e-4, 10^precision)) or {@code 'r'}
   * (the shortest digits, exponent outside [1e-4, 1e16)). Trailing zeros pad the digits to the precision for 'e' and 'f',
   * and for 'g' in the {@code alternate} form, which also keeps a bare decimal point; {@code addDotZero} writes an
   * integral value without exponent as {@code 1.0} and moves g's exponent threshold down one.
   */
  String layout(char type, int precision, boolean alternate, boolean addDotZero) {
    int length = digits.length();
    int point = decimalPoint;
    int end = length;  // the digits, padded with zeros on the right up to here
    boolean useExponent = false;
    switch (type) {
      case 'e' -> {
        useExponent = true;
        end = precision;
      }
      case 'f' -> end = point + precision;
      case 'g' -> {
        useExponent = point <= -4 || point > (addDotZero ? precision - 1 : precision);
        if (alternate) end = precision;
      }
      default -> useExponent = point <= -4 || point > 16;
    }
    int exponent = point - 1;
    if (useExponent) point = 1;
    end = Math.max(end, !useExponent && addDotZero ? point + 1 : point);

    StringBuilder out = new StringBuilder(Math.max(end, 0) + Math.max(-point, 0) + 8);
    if (point <= 0) {
      out.append("0.").repeat('0', -point).append(digits).repeat('0', Math.max(0, end - length));
    } else if (point <= length) {
      out.append(digits, 0, point).append('.').append(digits, point, length).repeat('0', Math.max(0, end - length));
    } else {
      out.append(digits).repeat('0', point - length).append('.').repeat('0', end - point);
    }
    if (out.charAt(out.length() - 1) == '.' && !alternate) out.setLength(out.length() - 1);
    if (useExponent) {
      out.append('e').append(exponent < 0 ? '-' : '+');
      if (Math.abs(exponent) < 10) out.append('0');
      out.append(Math.abs(exponent));
    }
    return out.toString();
  }
}
