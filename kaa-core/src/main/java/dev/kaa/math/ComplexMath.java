package dev.kaa.math;

import dev.kaa.objects.Errors;

/**
 * Python complex arithmetic on (re, im) pairs of doubles, each result a new {@code double[2]}. The formulas are the
 * textbook ones CPython uses, in the same order of operations, so rounding, infinities and NaNs come out alike:
 * {@code (a+bi)(c+di) = (ac - bd) + (ad + bc)i} with no special cases, division by Smith's method (scale by the larger
 * part of the divisor), and {@code **} by repeated squaring for small integral exponents.
 */
public final class ComplexMath {
  private ComplexMath() {}

  public static double[] add(double ar, double ai, double br, double bi) {
    return new double[] {ar + br, ai + bi};
  }

  public static double[] sub(double ar, double ai, double br, double bi) {
    return new double[] {ar - br, ai - bi};
  }

  public static double[] mul(double ar, double ai, double br, double bi) {
    return new double[] {ar * br - ai * bi, ar * bi + ai * br};
  }

  public static double[] neg(double re, double im) {
    return new double[] {-re, -im};
  }

  /** {@code a / b}; ZeroDivisionError "complex division by zero". */
  public static double[] trueDiv(double ar, double ai, double br, double bi) {
    double[] q = quotient(ar, ai, br, bi);
    if (q == null) throw Errors.zeroDivisionError("complex division by zero");
    return q;
  }

  /** Smith's division, or null for a zero divisor. */
  private static double[] quotient(double ar, double ai, double br, double bi) {
    double absR = Math.abs(br), absI = Math.abs(bi);
    if (absR >= absI) {
      if (absR == 0.0) return null;
      double ratio = bi / br, denominator = br + bi * ratio;
      return new double[] {(ar + ai * ratio) / denominator, (ai - ar * ratio) / denominator};
    }
    if (absI >= absR) {
      double ratio = br / bi, denominator = br * ratio + bi;
      return new double[] {(ar * ratio + ai) / denominator, (ai * ratio - ar) / denominator};
    }
    return new double[] {Double.NaN, Double.NaN};  // a NaN part in the divisor: unordered
  }

  /** {@code abs(z)}: the hypotenuse; infinite if a part is (even beside a NaN); OverflowError if only the result is. */
  public static double abs(double re, double im) {
    if (Double.isInfinite(re) || Double.isInfinite(im)) return Double.POSITIVE_INFINITY;
    if (Double.isNaN(re) || Double.isNaN(im)) return Double.NaN;
    double h = FloatMath.hypot(re, im);
    if (Double.isInfinite(h)) throw Errors.overflowError("absolute value too large");
    return h;
  }

  /**
   * {@code a ** b}. An exponent that is a real integer of magnitude at most 100 is applied by repeated squaring and
   * multiplication (and a final division for a negative one); any other by the polar form.
   */
  public static double[] pow(double ar, double ai, double br, double bi) {
    double[] p;
    if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
      int n = (int) br;
      p = n >= 0 ? powUnsigned(ar, ai, n) : reciprocal(powUnsigned(ar, ai, -n));
    } else {
      p = powPolar(ar, ai, br, bi);
    }
    if (p == null) throw Errors.zeroDivisionError("0.0 to a negative or complex power");
    if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) throw Errors.overflowError("complex exponentiation");
    return p;
  }

  /** x ** n by binary powers of x, multiplied in from the lowest bit up. */
  private static double[] powUnsigned(double xr, double xi, int n) {
    double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
    for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
      if ((n & mask) != 0) {
        double t = rr * pr - ri * pi;
        ri = rr * pi + ri * pr;
        rr = t;
      }
      double t = pr * pr - pi * pi;
      pi = pr * pi + pi * pr;
      pr = t;
    }
    return new double[] {rr, ri};
  }

  private static double[] reciprocal(double[] z) {
    return quotient(1.0, 0.0, z[0], z[1]);
  }

  /** |a|**b · e**(i·b·arg a), extended to complex b; null where C's math library reports a domain error. */
  private static double[] powPolar(double ar, double ai, double br, double bi) {
    if (br == 0.0 && bi == 0.0) return new double[] {1.0, 0.0};
    if (ar == 0.0 && ai == 0.0) return bi != 0.0 || br < 0.0 ? null : new double[] {0.0, 0.0};
    double modulus = FloatMath.hypot(ar, ai);
    double length = Math.pow(modulus, br);
    double argument = Math.atan2(ai, ar);
    double phase = argument * br;
    if (bi != 0.0) {
      length /= Math.exp(argument * bi);
      phase += bi * Math.log(modulus);
    }
    if (Double.isInfinite(phase)) return null;  // C's cos(inf) sets EDOM, which CPython reports as for a zero base
    return new double[] {length * Math.cos(phase), length * Math.sin(phase)};
  }
}
