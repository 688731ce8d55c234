package dev.kaa.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Real arithmetic to 40 significant digits in {@link BigDecimal}, for the special functions whose double results
 * must be (nearly) correctly rounded: exp, ln, sin(pi x), and the constants they need. Slow next to a double
 * formula, but simple enough to be obviously right.
 */
final class HighPrecision {
  private HighPrecision() {}

  static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);

  static final BigDecimal PI = new BigDecimal(
      "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803");

  static final BigDecimal TWO = BigDecimal.valueOf(2);

  private static final BigDecimal EPSILON = BigDecimal.ONE.movePointLeft(45);

  /** ln 2 = 2 atanh(1/3). */
  static final BigDecimal LN2 = atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)).multiply(TWO, MC);

  static final BigDecimal SQRT_PI = PI.sqrt(MC);

  /** atanh(t) = t + t³/3 + t⁵/5 + ... for |t| <= 1/3. */
  private static BigDecimal atanhSeries(BigDecimal t) {
    BigDecimal t2 = t.multiply(t, MC), power = t, sum = t;
    for (int k = 3; ; k += 2) {
      power = power.multiply(t2, MC);
      BigDecimal term = power.divide(BigDecimal.valueOf(k), MC);
      sum = sum.add(term, MC);
      if (term.abs().compareTo(EPSILON.multiply(sum.abs())) <= 0) return sum;
    }
  }

  /** 2**k exactly (k may be negative). */
  private static BigDecimal powerOfTwo(int k) {
    return k >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(k)) : BigDecimal.ONE.divide(new BigDecimal(
        BigInteger.ONE.shiftLeft(-k)));
  }

  /** ln v for v > 0: v = m 2**k with m in [2/3, 4/3], ln m = 2 atanh((m-1)/(m+1)). */
  static BigDecimal ln(BigDecimal v) {
    long bits = v.unscaledValue().bitLength() - Math.round(v.scale() * 3.321928094887362);
    int k = (int) bits;
    BigDecimal m = v.multiply(powerOfTwo(-k), MC);
    while (m.compareTo(BigDecimal.valueOf(4, 0).divide(BigDecimal.valueOf(3), MC)) > 0) {
      m = m.divide(TWO, MC);
      k++;
    }
    while (m.compareTo(TWO.divide(BigDecimal.valueOf(3), MC)) < 0) {
      m = m.multiply(TWO, MC);
      k--;
    }
    BigDecimal t = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
    return atanhSeries(t).multiply(TWO, MC).add(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
  }

  /** e**v: v = k ln 2 + r with |r| <= ln 2 / 2, e**r by its Taylor series. */
  static BigDecimal exp(BigDecimal v) {
    int k = v.divide(LN2, MC).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    BigDecimal r = v.subtract(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
    BigDecimal term = BigDecimal.ONE, sum = BigDecimal.ONE;
    for (int n = 1; term.abs().compareTo(EPSILON) > 0; n++) {
      term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
      sum = sum.add(term, MC);
    }
    return sum.multiply(powerOfTwo(k), MC);
  }

  /** sin(pi x) for any finite x, reduced exactly modulo 2 first. */
  static BigDecimal sinPi(double x) {
    BigDecimal r = new BigDecimal(x).remainder(TWO);  // exact, in (-2, 2)
    if (r.compareTo(BigDecimal.ONE) > 0) r = r.subtract(TWO);
    if (r.compareTo(BigDecimal.ONE.negate()) < 0) r = r.add(TWO);
    // now r in [-1, 1]: sin(pi r) = sin(pi (1 - r)) keeps the argument within [-pi/2, pi/2]
    BigDecimal half = BigDecimal.valueOf(5, 1);
    if (r.compareTo(half) > 0) r = BigDecimal.ONE.subtract(r);
    if (r.compareTo(half.negate()) < 0) r = BigDecimal.ONE.negate().subtract(r);
    BigDecimal y = PI.multiply(r, MC), y2 = y.multiply(y, MC), term = y, sum = y;
    for (int n = 2; term.abs().compareTo(EPSILON) > 0; n += 2) {
      term = term.multiply(y2, MC).divide(BigDecimal.valueOf((long) n * (n + 1)), MC).negate();
      sum = sum.add(term, MC);
    }
    return sum;
  }
}
