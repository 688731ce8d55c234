package dev.kaa.math;

import dev.kaa.objects.Errors;
import java.math.BigInteger;

/**
 * Python int arithmetic. An int value is a {@link Long} or, only when it does not fit in 64 bits, a {@link BigInteger};
 * every function here returns that normal form ({@link #normalize}). Operations on two longs try the exact 64-bit
 * operation first ({@link Math#addExact} and friends) and fall back to BigInteger only on overflow.
 */
public final class IntMath {
  private IntMath() {}

  static final BigInteger TWO_POW_63 = BigInteger.ONE.shiftLeft(63);

  /** The normal form of an int: a Long when it fits in 64 bits, else the BigInteger itself. */
  public static Number normalize(BigInteger v) {
    return v.bitLength() < 64 ? (Number) v.longValue() : v;
  }

  /** Any int value as a BigInteger. */
  public static BigInteger big(Number v) {
    return v instanceof BigInteger b ? b : BigInteger.valueOf(v.longValue());
  }

  public static int signum(Number v) {
    return v instanceof BigInteger b ? b.signum() : Long.signum(v.longValue());
  }

  // ---- + - * and unary ----

  public static Number add(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) {
      try {
        return Math.addExact(x, y);
      } catch (ArithmeticException overflow) {
        return big(a).add(big(b));
      }
    }
    return normalize(big(a).add(big(b)));
  }

  public static Number sub(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) {
      try {
        return Math.subtractExact(x, y);
      } catch (ArithmeticException overflow) {
        return big(a).subtract(big(b));
      }
    }
    return normalize(big(a).subtract(big(b)));
  }

  public static Number mul(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) {
      try {
        return Math.multiplyExact(x, y);
      } catch (ArithmeticException overflow) {
        return big(a).multiply(big(b));
      }
    }
    return normalize(big(a).multiply(big(b)));
  }

  public static Number neg(Number a) {
    if (a instanceof Long x) return x == Long.MIN_VALUE ? TWO_POW_63 : (Number) (-x);
    return normalize(((BigInteger) a).negate());
  }

  public static Number abs(Number a) {
    return signum(a) < 0 ? neg(a) : a;
  }

  // ---- // % divmod / ----

  /** {@code a // b}: the quotient rounded toward minus infinity. */
  public static Number floorDiv(Number a, Number b) {
    if (signum(b) == 0) throw Errors.zeroDivisionError("integer division or modulo by zero");
    if (a instanceof Long x && b instanceof Long y) {
      if (x == Long.MIN_VALUE && y == -1) return TWO_POW_63;
      return Math.floorDiv(x, y);
    }
    return normalize(floorDivMod(big(a), big(b))[0]);
  }

  /** {@code a % b}: the remainder with the sign of the divisor. */
  public static Number mod(Number a, Number b) {
    if (signum(b) == 0) throw Errors.zeroDivisionError("integer modulo by zero");
    if (a instanceof Long x && b instanceof Long y) return Math.floorMod(x, y);
    return normalize(floorDivMod(big(a), big(b))[1]);
  }

  /** {@code divmod(a, b)} as {quotient, remainder}. */
  public static Number[] divmod(Number a, Number b) {
    if (signum(b) == 0) throw Errors.zeroDivisionError("integer division or modulo by zero");
    if (a instanceof Long x && b instanceof Long y) {
      if (x == Long.MIN_VALUE && y == -1) return new Number[] {TWO_POW_63, 0L};
      return new Number[] {Math.floorDiv(x, y), Math.floorMod(x, y)};
    }
    BigInteger[] qr = floorDivMod(big(a), big(b));
    return new Number[] {normalize(qr[0]), normalize(qr[1])};
  }

  static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);  // truncating: the remainder has a's sign
    if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
      qr[0] = qr[0].subtract(BigInteger.ONE);
      qr[1] = qr[1].add(b);
    }
    return qr;
  }

  /**
   * {@code a / b}, correctly rounded (half-even) however large the operands: the quotient is computed exactly to 55+
   * significant bits plus a sticky bit, then rounded once at the precision of the result (fewer bits when subnormal).
   */
  public static double trueDiv(Number a, Number b) {
    if (signum(b) == 0) throw Errors.zeroDivisionError("division by zero");
    if (a instanceof Long x && b instanceof Long y && fitsDouble(x) && fitsDouble(y)) return (double) x / (double) y;
    BigInteger n = big(a).abs(), d = big(b).abs();
    boolean negative = (signum(a) < 0) != (signum(b) < 0);  // 0 / -1 is -0.0
    if (n.signum() == 0) return negative ? -0.0 : 0.0;
    int e = n.bitLength() - d.bitLength();           // n/d lies in [2^(e-1), 2^(e+1))
    int k = Math.min(55 - e, 1076);  // scale so the quotient has >= 55 bits, or 2 below the subnormal ulp
    BigInteger[] qr = (k >= 0 ? n.shiftLeft(k) : n).divideAndRemainder(k >= 0 ? d : d.shiftLeft(-k));
    double magnitude = roundScaled(qr[0], qr[1].signum() != 0, -k);
    if (Double.isInfinite(magnitude)) throw Errors.overflowError("integer division result too large for a float");
    return negative ? -magnitude : magnitude;
  }

  /** q·2^scale rounded half-even to a double, where {@code sticky} says the exact value is slightly above q·2^scale. */
  static double roundScaled(BigInteger q, boolean sticky, int scale) {
    int bits = q.bitLength();
    int top = bits - 1 + scale;                     // exponent of the leading bit
    int ulp = Math.max(top - 52, -1074);            // exponent of the result's last place
    int drop = ulp - scale;                         // low bits of q below the last place
    if (drop <= 0) return Math.scalb(q.doubleValue(), scale);  // exact
    BigInteger kept = q.shiftRight(drop);
    int halfBit = drop - 1;
    boolean half = q.testBit(halfBit);
    boolean belowHalf = sticky || q.getLowestSetBit() < halfBit;
    long m = kept.longValueExact();
    if (half && (belowHalf || (m & 1) == 1)) m++;
    if (ulp > 1023 - 52) return Double.POSITIVE_INFINITY;
    return Math.scalb((double) m, ulp);               // m <= 2^53: exact, unless it overflows to infinity
  }

  private static boolean fitsDouble(long x) {
    return x >= -(1L << 53) && x <= (1L << 53);
  }

  /** {@code float(a)}, correctly rounded (half-even); "int too large to convert to float" beyond the double range. */
  public static double toDouble(Number a) {
    if (a instanceof Long x) return (double) x;
    double d = ((BigInteger) a).doubleValue();  // the JDK rounds half-even
    if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
    return d;
  }

  // ---- ** ----

  /**
   * {@code base ** exp}: an int (Long or BigInteger) when exp >= 0, else a {@link Double} computed as CPython does, by
   * converting both operands to float.
   */
  public static Object pow(Number base, Number exp) {
    if (signum(exp) < 0) return FloatMath.pow(toDouble(base), toDouble(exp));
    if (exp instanceof BigInteger || exp.longValue() > Integer.MAX_VALUE) return hugePower(base, exp);
    int e = exp.intValue();
    if (base instanceof Long x) {
      long result = 1, b = x;
      int rest = e;
      try {
        while (rest > 0) {
          if ((rest & 1) != 0) result = Math.multiplyExact(result, b);
          rest >>>= 1;
          if (rest > 0) b = Math.multiplyExact(b, b);
        }
        return result;
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    try {
      return normalize(big(base).pow(e));
    } catch (ArithmeticException tooBig) {
      throw Errors.memoryError();
    }
  }

  /** Exponents beyond 2^31: only 0, 1 and -1 have results that fit in memory. */
  private static Number hugePower(Number base, Number exp) {
    if (base instanceof Long x && (x == 0 || x == 1)) return x;
    if (base instanceof Long x && x == -1) return big(exp).testBit(0) ? -1L : 1L;
    throw Errors.memoryError();
  }

  /** {@code pow(base, exp, mod)}; a negative exp takes the modular inverse of base. The result has mod's sign. */
  public static Number pow(Number base, Number exp, Number mod) {
    if (signum(mod) == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
    BigInteger m = big(mod), absMod = m.abs();
    if (absMod.equals(BigInteger.ONE)) return 0L;
    BigInteger b = big(base).mod(absMod);
    BigInteger e = big(exp);
    if (e.signum() < 0) {
      if (!b.gcd(absMod).equals(BigInteger.ONE)) {
        throw Errors.valueError("base is not invertible for the given modulus");
      }
      b = b.modInverse(absMod);
      e = e.negate();
    }
    BigInteger r = b.modPow(e, absMod);
    if (m.signum() < 0 && r.signum() != 0) r = r.subtract(absMod);
    return normalize(r);
  }

  // ---- bits ----

  public static Number lshift(Number a, Number count) {
    int n = shiftCount(count);
    if (signum(a) == 0) return 0L;
    if (n < 0) throw Errors.memoryError();
    if (a instanceof Long x && n < 63 && (x << n) >> n == x) return x << n;
    BigInteger v = big(a);
    if ((long) v.bitLength() + n >= Integer.MAX_VALUE) throw Errors.memoryError();
    return normalize(v.shiftLeft(n));
  }

  public static Number rshift(Number a, Number count) {
    int n = shiftCount(count);
    if (n < 0) return signum(a) < 0 ? -1L : 0L;
    if (a instanceof Long x) return x >> Math.min(n, 63);
    return normalize(((BigInteger) a).shiftRight(n));
  }

  /** The shift count; -1 when it is beyond any int (the result is then 0, -1 or out of memory). */
  private static int shiftCount(Number count) {
    if (signum(count) < 0) throw Errors.valueError("negative shift count");
    return count instanceof Long c && c <= Integer.MAX_VALUE ? c.intValue() : -1;
  }

  public static Number and(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) return x & y;
    return normalize(big(a).and(big(b)));
  }

  public static Number or(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) return x | y;
    return normalize(big(a).or(big(b)));
  }

  public static Number xor(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) return x ^ y;
    return normalize(big(a).xor(big(b)));
  }

  /** {@code ~a} == -a - 1 (two's complement of unbounded width). */
  public static Number invert(Number a) {
    if (a instanceof Long x) return ~x;
    return normalize(((BigInteger) a).not());
  }

  /** {@code int.bit_length()}: the bits of abs(a). */
  public static long bitLength(Number a) {
    if (a instanceof Long x) return 64 - Long.numberOfLeadingZeros(x < 0 ? -x : x);  // -MIN_VALUE read unsigned
    return ((BigInteger) a).abs().bitLength();
  }

  /** {@code int.bit_count()}: the one bits of abs(a). */
  public static long bitCount(Number a) {
    if (a instanceof Long x) return Long.bitCount(x < 0 ? -x : x);
    return ((BigInteger) a).abs().bitCount();
  }

  // ---- comparisons ----

  public static int compare(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
    return big(a).compareTo(big(b));
  }

  /**
   * The exact order of an int and a float, with no rounding of either (so {@code 2**53 + 1 > 2.0**53}). Not for NaN,
   * which is unordered: a comparison with NaN answers False (True for {@code !=}) before asking here.
   */
  public static int compareToFloat(Number a, double f) {
    if (Double.isNaN(f)) throw new IllegalArgumentException("NaN is unordered");
    if (Double.isInfinite(f)) return f > 0 ? -1 : 1;
    if (a instanceof Long x && fitsDouble(x)) return Double.compare((double) x, f + 0.0);
    double whole = f < 0 ? Math.ceil(f) : Math.floor(f);
    int byWhole = big(a).compareTo(FloatMath.toBigInteger(whole));
    if (byWhole != 0) return byWhole;
    double fraction = f - whole;                      // exact; a == whole, so the fraction decides
    return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
  }

  // ---- round ----

  /** {@code int.__round__(ndigits)}: unchanged for ndigits >= 0, else to a multiple of 10**-ndigits, ties to even. */
  public static Number round(Number a, Number ndigits) {
    if (signum(ndigits) >= 0) return a;
    BigInteger places = big(ndigits).negate();
    // 10^k > 2|a| once 3k > bit_length + 1: the result is 0 (CPython would first build 10^k, however large)
    if (places.compareTo(BigInteger.valueOf((bitLength(a) + 2) / 3 + 1)) >= 0) return 0L;
    BigInteger unit = BigInteger.TEN.pow(places.intValueExact());
    BigInteger[] qr = floorDivMod(big(a), unit);
    int half = qr[1].shiftLeft(1).compareTo(unit);
    if (half > 0 || (half == 0 && qr[0].testBit(0))) qr[0] = qr[0].add(BigInteger.ONE);
    return normalize(qr[0].multiply(unit));
  }

  // ---- math module ----

  /** {@code math.gcd(*args)}: non-negative; 0 for no arguments. */
  public static Number gcd(Number... values) {
    BigInteger g = BigInteger.ZERO;
    long small = 0;
    boolean allLong = true;
    for (Number v : values) {
      if (allLong && v instanceof Long x && x != Long.MIN_VALUE) {
        small = gcd(small, Math.abs(x));
      } else {
        if (allLong) g = BigInteger.valueOf(small);
        allLong = false;
        g = g.gcd(big(v));
      }
    }
    return allLong ? (Number) small : normalize(g);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** {@code math.lcm(*args)}: non-negative; 1 for no arguments, 0 if any is 0. */
  public static Number lcm(Number... values) {
    Number l = 1L;
    for (Number v : values) {
      if (signum(v) == 0) return 0L;
      l = abs(mul(floorDiv(l, gcd(l, v)), v));
    }
    return l;
  }

  /** {@code math.isqrt(n)}: the floor of the square root. */
  public static Number isqrt(Number n) {
    if (signum(n) < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
    if (n instanceof Long x) {
      long r = (long) Math.sqrt((double) x);  // within one of the answer
      while (r * r > x) r--;
      while (r < 3037000499L && (r + 1) * (r + 1) <= x) r++;  // 3037000499 = isqrt(Long.MAX_VALUE)
      return r;
    }
    return normalize(((BigInteger) n).sqrt());
  }

  /** {@code math.factorial(n)}, by balanced products so that large n multiply numbers of similar size. */
  public static Number factorial(Number n) {
    if (signum(n) < 0) throw Errors.valueError("factorial() not defined for negative values");
    if (n instanceof BigInteger) {
      throw Errors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
    }
    long k = n.longValue();
    if (k <= 20) {
      long f = 1;
      for (int i = 2; i <= k; i++) f *= i;
      return f;
    }
    return normalize(product(1, k));
  }

  /** lo * (lo+1) * ... * hi, split in halves. */
  static BigInteger product(long lo, long hi) {
    if (lo > hi) return BigInteger.ONE;
    if (hi - lo < 16) {
      BigInteger p = BigInteger.valueOf(lo);
      for (long i = lo + 1; i <= hi; i++) p = p.multiply(BigInteger.valueOf(i));
      return p;
    }
    long mid = lo + (hi - lo) / 2;
    return product(lo, mid).multiply(product(mid + 1, hi));
  }

  /** {@code math.comb(n, k)}. */
  public static Number comb(Number n, Number k) {
    checkCombArgs(n, k);
    if (compare(k, n) > 0) return 0L;
    Number smaller = k;
    Number other = sub(n, k);
    if (compare(other, smaller) < 0) smaller = other;
    if (smaller instanceof BigInteger) {
      throw Errors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
    }
    long j = smaller.longValue();
    if (n instanceof Long x) {
      long r = 1;  // after step i, r == comb(x - j + i, i), an exact division
      try {
        for (long i = 1; i <= j; i++) r = Math.multiplyExact(r, x - j + i) / i;
        return r;
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    BigInteger top = fallingProduct(big(n), j);
    return normalize(top.divide(big(factorial(j))));
  }

  /** {@code math.perm(n, k)}; {@code perm(n)} is {@link #factorial}. */
  public static Number perm(Number n, Number k) {
    checkCombArgs(n, k);
    if (compare(k, n) > 0) return 0L;
    if (k instanceof BigInteger) throw Errors.overflowError("k must not exceed %d", Long.MAX_VALUE);
    return normalize(fallingProduct(big(n), k.longValue()));
  }

  private static void checkCombArgs(Number n, Number k) {
    if (signum(n) < 0) throw Errors.valueError("n must be a non-negative integer");
    if (signum(k) < 0) throw Errors.valueError("k must be a non-negative integer");
  }

  /** n * (n-1) * ... * (n-count+1), split in halves. */
  private static BigInteger fallingProduct(BigInteger n, long count) {
    if (count == 0) return BigInteger.ONE;
    if (count < 16) {
      BigInteger p = n;
      for (long i = 1; i < count; i++) p = p.multiply(n.subtract(BigInteger.valueOf(i)));
      return p;
    }
    long half = count / 2;
    return fallingProduct(n, half).multiply(fallingProduct(n.subtract(BigInteger.valueOf(half)), count - half));
  }
}
