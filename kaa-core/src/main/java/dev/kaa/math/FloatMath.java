package dev.kaa.math;

import dev.kaa.objects.Errors;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python float arithmetic where it differs from IEEE/Java: floor division and modulo take the divisor's sign, division
 * by zero raises, {@code **} follows C99's {@code pow} special cases plus Python's errors, and conversions to int are
 * exact.
 */
public final class FloatMath {
  private FloatMath() {}

  public static double trueDiv(double a, double b) {
    if (b == 0.0) throw Errors.zeroDivisionError("float division by zero");
    return a / b;
  }

  public static double floorDiv(double a, double b) {
    if (b == 0.0) throw Errors.zeroDivisionError("float floor division by zero");
    return divmod(a, b)[0];
  }

  /** {@code a % b}: the result has b's sign (a zero result too). */
  public static double mod(double a, double b) {
    if (b == 0.0) throw Errors.zeroDivisionError("float modulo");
    double m = a % b;  // fmod: exact, with a's sign
    if (m == 0.0) return Math.copySign(0.0, b);
    return (b < 0) != (m < 0) ? m + b : m;
  }

  /**
   * {@code divmod(a, b)} as {floor quotient, modulo}. The quotient is derived from the exact fmod remainder as
   * (a - m) / b, which is within rounding of an integer; it is then snapped to the nearest integer so that
   * {@code q * b + m} stays as close to a as the doubles allow.
   */
  public static double[] divmod(double a, double b) {
    if (b == 0.0) throw Errors.zeroDivisionError("float divmod()");
    double m = a % b;
    double q = (a - m) / b;
    if (m != 0.0) {
      if ((b < 0) != (m < 0)) {
        m += b;
        q -= 1.0;
      }
    } else {
      m = Math.copySign(0.0, b);
    }
    double floorQ;
    if (q != 0.0) {
      floorQ = Math.floor(q);
      if (q - floorQ > 0.5) floorQ += 1.0;
    } else {
      floorQ = Math.copySign(0.0, a / b);
    }
    return new double[] {floorQ, m};
  }

  /**
   * True when {@code x ** y} is not a float: a finite negative base to a finite non-integral power. Python's float
   * {@code **} then returns the complex power ({@link ComplexMath#pow}); {@link #pow} does not accept these operands.
   */
  public static boolean powIsComplex(double x, double y) {
    return x < 0 && !Double.isInfinite(x) && Double.isFinite(y) && y != Math.floor(y);
  }

  /** {@code x ** y} for floats, with C99's special cases and Python's errors. */
  public static double pow(double x, double y) {
    if (y == 0.0) return 1.0;
    if (Double.isNaN(x)) return x;
    if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
    if (Double.isInfinite(y)) {
      double ax = Math.abs(x);
      if (ax == 1.0) return 1.0;
      return (ax > 1.0) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
    }
    if (Double.isInfinite(x)) {
      boolean oddInteger = isOddInteger(y);
      if (y > 0) return oddInteger ? x : Double.POSITIVE_INFINITY;
      return oddInteger ? Math.copySign(0.0, x) : 0.0;
    }
    if (x == 0.0) {
      if (y < 0) throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
      return isOddInteger(y) ? x : 0.0;
    }
    if (powIsComplex(x, y)) throw Errors.internal("negative float to a fractional power has a complex result");
    if (x == 1.0) return 1.0;
    double r = Math.pow(x, y);
    if (Double.isInfinite(r)) throw Errors.floatRangeError();
    return r;
  }

  private static boolean isOddInteger(double y) {
    return Math.abs(y) < 0x1p53 && y == Math.floor(y) && ((long) y & 1) == 1;
  }

  /**
   * {@code math.hypot(x, y)} correctly rounded, as CPython's {@code math.hypot} is. The JDK's answer h is within one
   * ulp; x² + y² - h² is then computed to about 100 bits with fused multiply-adds (scaled near 1, so nothing
   * overflows) and compared with the distance from h² to the squares of the midpoints to h's neighbours. Only a
   * residual within 2**-90 of a midpoint, which random inputs never give, is settled exactly in BigDecimal.
   */
  public static double hypot(double x, double y) {
    double h = Math.hypot(x, y);
    if (!Double.isFinite(h) || x == 0.0 || y == 0.0) return h;
    double big = Math.max(Math.abs(x), Math.abs(y)), small = Math.min(Math.abs(x), Math.abs(y));
    int e = Math.getExponent(h);
    double sx = Math.scalb(big, -e), sy = Math.scalb(small, -e), sh = Math.scalb(h, -e);
    double up = Math.scalb(Math.nextUp(h) - h, -e), down = Math.scalb(h - Math.nextDown(h), -e);
    double residual = squareSumMinusSquare(sx, sy, sh);
    double aboveMidpoint = residual - (sh * up + up * up / 4);
    double belowMidpoint = residual + (sh * down - down * down / 4);
    if (Math.abs(aboveMidpoint) < 0x1p-90 || Math.abs(belowMidpoint) < 0x1p-90) return exactHypot(x, y, h);
    if (aboveMidpoint > 0) return Math.nextUp(h);
    if (belowMidpoint < 0) return Math.nextDown(h);
    return h;
  }

  /**
   * x² + y² - h² for x >= y > 0 and h ≈ hypot(x, y): each square split exactly into a rounded product and its fma
   * error; x² - h² and then + y² cancel exactly (Sterbenz), so only the tiny error terms are rounded.
   */
  private static double squareSumMinusSquare(double x, double y, double h) {
    double px = x * x, ex = Math.fma(x, x, -px);
    double py = y * y, ey = Math.fma(y, y, -py);
    double ph = h * h, eh = Math.fma(h, h, -ph);
    return ((px - ph) + py) + ((ex + ey) - eh);
  }

  /** The midpoint check in exact arithmetic. */
  private static double exactHypot(double x, double y, double h) {
    BigDecimal sum = square(new BigDecimal(x)).add(square(new BigDecimal(y)));
    BigDecimal exact = new BigDecimal(h), two = BigDecimal.valueOf(2);
    BigDecimal upperMid = exact.add(new BigDecimal(Math.nextUp(h)).subtract(exact).divide(two));
    BigDecimal lowerMid = exact.subtract(exact.subtract(new BigDecimal(Math.nextDown(h))).divide(two));
    int vsUpper = sum.compareTo(square(upperMid)), vsLower = sum.compareTo(square(lowerMid));
    boolean even = (Double.doubleToRawLongBits(h) & 1) == 0;
    if (vsUpper > 0 || (vsUpper == 0 && !even)) return Math.nextUp(h);
    if (vsLower < 0 || (vsLower == 0 && !even)) return Math.nextDown(h);
    return h;
  }

  private static BigDecimal square(BigDecimal v) {
    return v.multiply(v);
  }

  // ---- rounding and integers ----

  /** {@code float.is_integer()}. */
  public static boolean isInteger(double x) {
    return Double.isFinite(x) && x == Math.floor(x);
  }

  /** {@code int(x)}: truncation toward zero. */
  public static Number trunc(double x) {
    checkConvertible(x);
    if (x >= -0x1p63 && x < 0x1p63) return (long) x;
    return toBigInteger(x);
  }

  /** {@code math.floor(x)} as an int. */
  public static Number floor(double x) {
    checkConvertible(x);
    return trunc(Math.floor(x));
  }

  /** {@code math.ceil(x)} as an int. */
  public static Number ceil(double x) {
    checkConvertible(x);
    return trunc(Math.ceil(x));
  }

  /** {@code round(x)}: the nearest int, ties to even. */
  public static Number round(double x) {
    checkConvertible(x);
    return trunc(Math.rint(x));
  }

  private static void checkConvertible(double x) {
    if (Double.isNaN(x)) throw Errors.valueError("cannot convert float NaN to integer");
    if (Double.isInfinite(x)) throw Errors.overflowError("cannot convert float infinity to integer");
  }

  /** The exact value of an integral finite double. */
  static BigInteger toBigInteger(double integral) {
    if (integral >= -0x1p63 && integral < 0x1p63) return BigInteger.valueOf((long) integral);
    long bits = Double.doubleToRawLongBits(integral);
    int exponent = Math.getExponent(integral);
    BigInteger mantissa = BigInteger.valueOf((bits & 0xFFFFFFFFFFFFFL) | 0x10000000000000L).shiftLeft(exponent - 52);
    return integral < 0 ? mantissa.negate() : mantissa;
  }

  /** Digits beyond these bounds leave every double unchanged (above) or round it to zero (below). */
  private static final int NDIGITS_MAX = 323, NDIGITS_MIN = -308;

  /**
   * {@code round(x, ndigits)}: the exact decimal value of x rounded half-even at 10**-ndigits, then read back as the
   * nearest double, so {@code round(2.675, 2) == 2.67} (2.675 is really 2.67499999...).
   */
  public static double round(double x, long ndigits) {
    if (!Double.isFinite(x) || x == 0.0 || ndigits > NDIGITS_MAX) return x;
    if (ndigits < NDIGITS_MIN) return 0.0 * x;
    int scale = (int) ndigits;
    double r = new BigDecimal(x).setScale(scale, RoundingMode.HALF_EVEN).doubleValue();
    if (Double.isInfinite(r)) throw Errors.overflowError("rounded value too large to represent");
    return Math.copySign(r, x);
  }

  /** {@code float.as_integer_ratio()}: {numerator, denominator} in lowest terms, the denominator a power of two. */
  public static Number[] asIntegerRatio(double x) {
    if (Double.isNaN(x)) throw Errors.valueError("cannot convert NaN to integer ratio");
    if (Double.isInfinite(x)) throw Errors.overflowError("cannot convert Infinity to integer ratio");
    if (x == 0.0) return new Number[] {0L, 1L};
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) ((bits >>> 52) & 0x7FF);
    long mantissa = bits & 0xFFFFFFFFFFFFFL;
    int exponent;
    if (biased == 0) {
      exponent = -1074;
    } else {
      mantissa |= 1L << 52;
      exponent = biased - 1075;
    }
    int zeros = Long.numberOfTrailingZeros(mantissa);
    mantissa >>= zeros;
    exponent += zeros;
    if (x < 0) mantissa = -mantissa;
    if (exponent >= 0) return new Number[] {IntMath.lshift(mantissa, (long) exponent), 1L};
    return new Number[] {mantissa, IntMath.lshift(1L, (long) -exponent)};
  }
}
