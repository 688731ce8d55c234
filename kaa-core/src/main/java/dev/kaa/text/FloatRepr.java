package dev.kaa.text;

/**
 * {@code repr()} of Python floats and complex numbers: the shortest digits that read back as the same double (the JDK's
 * {@link Double#toString} finds them since JDK 19), laid out by Python's rules rather than Java's.
 */
public final class FloatRepr {
  private FloatRepr() {}

  /** {@code repr(x)} for a float: {@code 1.0}, {@code 0.0001}, {@code 1e-05}, {@code 1e+16}, {@code inf}, {@code nan}. */
  public static String repr(double x) {
    return format(x, true);
  }

  /**
   * {@code repr(complex(re, im))}: {@code 2j} when the real part is +0.0, else {@code (1+2j)}; parts print without a
   * forced {@code .0}, as CPython's complex repr does.
   */
  public static String complexRepr(double re, double im) {
    String imag = format(im, false);
    if (re == 0.0 && Double.doubleToRawLongBits(re) == 0L) return imag + "j";
    String sign = (Double.isNaN(im) || !(im < 0 || (im == 0.0 && 1 / im < 0))) ? "+" : "";
    return "(" + format(re, false) + sign + imag + "j)";
  }

  /** The repr of an imaginary literal {@code imag j} (real part +0.0), as {@code ast.dump} shows it. */
  public static String imaginaryRepr(double imag) {
    return complexRepr(0.0, imag);
  }

  /**
   * The JDK prints two digits where one would round-trip but two are closer ({@code 4.9E-324}); Python prints the
   * shortest ({@code 5e-324}). Replaces {@code digits} with one digit when one reads back as {@code x}; returns decpt.
   */
  private static int preferOneDigit(double x, StringBuilder digits, int decpt) {
    int first = digits.charAt(0) - '0';
    int second = digits.charAt(1) - '0';
    int nearer = second >= 5 ? first + 1 : first;
    int farther = second >= 5 ? first : first + 1;
    for (int candidate : new int[] {nearer, farther}) {
      int d = candidate, p = decpt;
      if (d == 10) { d = 1; p++; }
      if (d == 0) continue;
      if (Double.parseDouble(d + "e" + (p - 1)) == x) {
        digits.setLength(0);
        digits.append((char) ('0' + d));
        return p;
      }
    }
    return decpt;
  }

  /**
   * The shortest decimal digits that read back as a finite, non-zero {@code |x|}: {@code |x| = 0.DIGITS × 10^decimalPoint},
   * with no leading or trailing zeros. {@code format(x, '')} and {@code '%r'} lay them out.
   */
  public record Shortest(String digits, int decimalPoint) {}

  /** The shortest round-trip digits of a finite, non-zero {@code x} (its sign is ignored). */
  public static Shortest shortest(double x) {
    // Java gives the shortest round-trip digits, as "d.dddE±n" or "ddd.ddd"; extract digits and decimal exponent.
    String s = Double.toString(Math.abs(x));
    StringBuilder digits = new StringBuilder(20);
    int exp;  // value = 0.DIGITS * 10^decpt, with decpt = position of the decimal point after the first digit
    int e = s.indexOf('E');
    String mant = e < 0 ? s : s.substring(0, e);
    int dot = mant.indexOf('.');
    int intDigits = dot < 0 ? mant.length() : dot;
    for (int i = 0; i < mant.length(); i++) {
      char c = mant.charAt(i);
      if (c != '.') digits.append(c);
    }
    exp = intDigits + (e < 0 ? 0 : Integer.parseInt(s.substring(e + 1)));
    // strip leading zeros (e.g. "0.001" -> digits "0001") and trailing zeros
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') { lead++; exp--; }
    digits.delete(0, lead);
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') end--;
    digits.setLength(end);
    int decpt = exp;  // value = 0.d1d2... * 10^decpt
    if (digits.length() == 2) decpt = preferOneDigit(Math.abs(x), digits, decpt);
    return new Shortest(digits.toString(), decpt);
  }

  /**
   * Formats with Python's 'r' rules: exponent notation when the decimal exponent is below -4 or at least 16.
   * {@code forceDecimal}: float repr appends ".0" to integral fixed-point values; complex parts do not.
   */
  static String format(double x, boolean forceDecimal) {
    if (Double.isNaN(x)) return "nan";
    if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
    if (x == 0.0) {
      String zero = forceDecimal ? "0.0" : "0";
      return (1 / x < 0) ? "-" + zero : zero;
    }
    Shortest shortest = shortest(x);
    StringBuilder digits = new StringBuilder(shortest.digits());
    int decpt = shortest.decimalPoint();

    StringBuilder out = new StringBuilder(26);
    if (x < 0) out.append('-');
    if (decpt <= -4 || decpt > 16) {
      out.append(digits.charAt(0));
      if (digits.length() > 1) out.append('.').append(digits, 1, digits.length());
      int e10 = decpt - 1;
      out.append('e').append(e10 < 0 ? '-' : '+');
      int a = Math.abs(e10);
      if (a < 10) out.append('0');
      out.append(a);
    } else if (decpt <= 0) {
      out.append("0.");
      for (int i = decpt; i < 0; i++) out.append('0');
      out.append(digits);
    } else if (decpt >= digits.length()) {
      out.append(digits);
      for (int i = digits.length(); i < decpt; i++) out.append('0');
      if (forceDecimal) out.append(".0");
    } else {
      out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
    }
    return out.toString();
  }
}
