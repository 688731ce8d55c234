package dev.kaa.math;

import static dev.kaa.math.HighPrecision.MC;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The real functions {@code math} needs beyond {@link Math}: the inverse hyperbolic functions and log2 by
 * cancellation-free double formulas; gamma, lgamma, erf and erfc in {@link HighPrecision} arithmetic and rounded
 * once, so they are within an ulp of the truth (CPython's own gamma and libm's erf are within a few).
 */
public final class SpecialFunctions {
  private SpecialFunctions() {}

  private static final double LN2 = Math.log(2.0);

  public static double asinh(double x) {
    double a = Math.abs(x);
    if (!Double.isFinite(x) || a < 0x1p-28) return x;
    double r = a > 0x1p28 ? Math.log(a) + LN2 : Math.log1p(a + a * a / (1.0 + Math.sqrt(1.0 + a * a)));
    return Math.copySign(r, x);
  }

  public static double acosh(double x) {
    if (Double.isNaN(x) || x < 1.0) return Double.NaN;
    if (x > 0x1p28) return Double.isInfinite(x) ? x : Math.log(x) + LN2;
    if (x > 2.0) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
    double t = x - 1.0;
    return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  public static double atanh(double x) {
    double a = Math.abs(x);
    if (Double.isNaN(x) || a > 1.0) return Double.NaN;
    if (a == 1.0) return Math.copySign(Double.POSITIVE_INFINITY, x);
    if (a < 0x1p-28) return x;
    double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1.0 - a)) : 0.5 * Math.log1p(2 * a / (1.0 - a));
    return Math.copySign(r, x);
  }

  /** log2, exact for powers of two; elsewhere e + ln(m)/ln 2 with m in [sqrt(1/2), sqrt(2)). */
  public static double log2(double x) {
    if (Double.isNaN(x) || x < 0) return Double.NaN;
    if (x == 0) return Double.NEGATIVE_INFINITY;
    if (Double.isInfinite(x)) return x;
    int e = Math.getExponent(x);
    if (e < Double.MIN_EXPONENT) {  // subnormal
      x *= 0x1p54;
      e = Math.getExponent(x) - 54;
    }
    double m = Math.scalb(x, -Math.getExponent(x));  // in [1, 2)
    if (m == 1.0) return e;
    if (m > Math.sqrt(2.0)) {
      m /= 2;
      e++;
    }
    return e + Math.log(m) / LN2;
  }

  // ---- gamma and lgamma: Stirling's series at z >= 40, shifted down by the recurrence ----

  private static final int STIRLING_TERMS = 16;
  private static final BigDecimal[] STIRLING = stirlingCoefficients();
  private static final BigDecimal HALF_LN_2PI = HighPrecision.ln(HighPrecision.PI.multiply(HighPrecision.TWO)).divide(
      HighPrecision.TWO, MC);

  /** B(2k) / (2k (2k-1)) for k = 1..STIRLING_TERMS, Bernoulli numbers by the Akiyama–Tanigawa algorithm. */
  private static BigDecimal[] stirlingCoefficients() {
    int n = 2 * STIRLING_TERMS;
    BigInteger[] num = new BigInteger[n + 1], den = new BigInteger[n + 1];
    BigDecimal[] out = new BigDecimal[STIRLING_TERMS];
    for (int m = 0; m <= n; m++) {
      num[m] = BigInteger.ONE;
      den[m] = BigInteger.valueOf(m + 1);
      for (int j = m; j >= 1; j--) {  // a[j-1] = j (a[j-1] - a[j])
        BigInteger nn = num[j - 1].multiply(den[j]).subtract(num[j].multiply(den[j - 1])).multiply(BigInteger.valueOf(j));
        BigInteger dd = den[j - 1].multiply(den[j]);
        BigInteger g = nn.gcd(dd);
        num[j - 1] = g.signum() == 0 ? nn : nn.divide(g);
        den[j - 1] = g.signum() == 0 ? dd : dd.divide(g);
      }
      if (m >= 2 && m % 2 == 0) {  // a[0] is B(m)
        long k = m;
        out[m / 2 - 1] = new BigDecimal(num[0]).divide(new BigDecimal(den[0].multiply(BigInteger.valueOf(k * (k - 1)))), MC);
      }
    }
    return out;
  }

  /** ln Γ(z) for z >= 40 by Stirling's series. */
  private static BigDecimal lnGammaLarge(BigDecimal z) {
    BigDecimal lnz = HighPrecision.ln(z);
    BigDecimal sum = z.subtract(BigDecimal.valueOf(5, 1)).multiply(lnz, MC).subtract(z, MC).add(HALF_LN_2PI, MC);
    BigDecimal inv = BigDecimal.ONE.divide(z, MC), inv2 = inv.multiply(inv, MC), power = inv;
    for (BigDecimal c : STIRLING) {
      sum = sum.add(c.multiply(power, MC), MC);
      power = power.multiply(inv2, MC);
    }
    return sum;
  }

  /** ln |Γ(x)| for x > 0 (x a double): Γ(x) = Γ(x + n) / (x (x+1) ... (x+n-1)). */
  private static BigDecimal lnGammaPositive(double x) {
    BigDecimal z = new BigDecimal(x);
    if (x >= 40) return lnGammaLarge(z);
    BigDecimal product = BigDecimal.ONE;
    while (z.compareTo(BigDecimal.valueOf(40)) < 0) {
      product = product.multiply(z, MC);
      z = z.add(BigDecimal.ONE);
    }
    return lnGammaLarge(z).subtract(HighPrecision.ln(product), MC);
  }

  /** Γ(x); NaN at the poles (0 and the negative integers) and for -inf. */
  public static double gamma(double x) {
    if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
    if (x == Double.NEGATIVE_INFINITY || (x <= 0 && x == Math.rint(x))) return Double.NaN;
    if (x > 172) return Double.POSITIVE_INFINITY;
    if (x == Math.rint(x) && x <= 23) return IntMath.toDouble(IntMath.factorial((long) x - 1));
    if (x > 0) return HighPrecision.exp(lnGammaPositive(x)).doubleValue();
    // reflection: Γ(x) = π / (sin(πx) Γ(1 - x)), with 1 - x exact in BigDecimal
    BigDecimal sin = HighPrecision.sinPi(x);
    if (x < -200) return sin.signum() >= 0 ? 0.0 : -0.0;
    BigDecimal oneMinusX = BigDecimal.ONE.subtract(new BigDecimal(x));
    BigDecimal g = HighPrecision.exp(lnGammaShifted(oneMinusX));
    return HighPrecision.PI.divide(sin.multiply(g, MC), MC).doubleValue();
  }

  /** ln Γ(z) for an exact z >= 1 that may not be a double. */
  private static BigDecimal lnGammaShifted(BigDecimal z) {
    BigDecimal product = BigDecimal.ONE;
    while (z.compareTo(BigDecimal.valueOf(40)) < 0) {
      product = product.multiply(z, MC);
      z = z.add(BigDecimal.ONE);
    }
    return lnGammaLarge(z).subtract(HighPrecision.ln(product), MC);
  }

  /** ln |Γ(x)|; +inf at the poles, as C's lgamma (the math module turns that into a domain error). */
  public static double lgamma(double x) {
    if (Double.isNaN(x)) return x;
    if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
    if (x <= 0 && x == Math.rint(x)) return Double.POSITIVE_INFINITY;
    if (x == 1.0 || x == 2.0) return 0.0;
    if (x > 0) return lnGammaPositive(x).doubleValue();
    BigDecimal sin = HighPrecision.sinPi(x).abs();
    BigDecimal oneMinusX = BigDecimal.ONE.subtract(new BigDecimal(x));
    return HighPrecision.ln(HighPrecision.PI.divide(sin, MC)).subtract(lnGammaShifted(oneMinusX), MC).doubleValue();
  }

  // ---- erf and erfc ----

  /** erf(x) = 2x/√π e^(-x²) Σ (2x²)^n / (1·3···(2n+1)): positive terms, for |x| < 6. */
  private static BigDecimal erfSeries(BigDecimal x) {
    BigDecimal x2 = x.multiply(x, MC), twoX2 = x2.multiply(HighPrecision.TWO), term = BigDecimal.ONE,
        sum = BigDecimal.ONE, tiny = BigDecimal.ONE.movePointLeft(42);
    for (int n = 1; term.compareTo(tiny.multiply(sum)) > 0; n++) {
      term = term.multiply(twoX2, MC).divide(BigDecimal.valueOf(2L * n + 1), MC);
      sum = sum.add(term, MC);
    }
    BigDecimal front = x.multiply(HighPrecision.TWO).multiply(HighPrecision.exp(x2.negate()), MC)
        .divide(HighPrecision.SQRT_PI, MC);
    return front.multiply(sum, MC);
  }

  /** erfc(x) for x >= 6 by its continued fraction e^(-x²)/√π / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))). */
  private static BigDecimal erfcFraction(BigDecimal x) {
    BigDecimal tail = x;
    for (int k = 400; k >= 1; k--) {
      tail = x.add(BigDecimal.valueOf(k).divide(HighPrecision.TWO).divide(tail, MC), MC);
    }
    return HighPrecision.exp(x.multiply(x, MC).negate()).divide(HighPrecision.SQRT_PI.multiply(tail, MC), MC);
  }

  public static double erf(double x) {
    if (Double.isNaN(x)) return x;
    if (Math.abs(x) >= 6) return Math.copySign(1.0, x);
    if (x == 0) return x;
    return erfSeries(new BigDecimal(x)).doubleValue();
  }

  public static double erfc(double x) {
    if (Double.isNaN(x)) return x;
    if (x >= 30) return 0.0;
    if (x <= -6) return 2.0;
    BigDecimal v = new BigDecimal(Math.abs(x));
    BigDecimal upper = Math.abs(x) >= 6 ? erfcFraction(v) : BigDecimal.ONE.subtract(erfSeries(v), MC);
    return (x < 0 ? HighPrecision.TWO.subtract(upper, MC) : upper).doubleValue();
  }
}
