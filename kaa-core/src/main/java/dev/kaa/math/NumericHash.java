package dev.kaa.math;

import java.math.BigInteger;

/**
 * {@code hash()} of numbers as CPython 3.12 computes it, so equal numbers of different types hash alike
 * ({@code hash(2) == hash(2.0) == hash(Fraction(2)) == hash(2+0j)}): a rational n/d hashes to n·d⁻¹ modulo the prime
 * P = 2**61 - 1, with the sign of n/d; -1 is reserved for errors, so it becomes -2.
 *
 * <p>NaN has no value hash: since 3.10 a float NaN hashes by object identity, as {@code object.__hash__} does, so that
 * distinct NaNs do not collide in dicts. These functions therefore take NaN out: {@link #hashFloat} must not be asked
 * about it, and the runtime hashes a NaN float with {@link #identityHash} of the float object (and a complex with a NaN
 * part uses the complex object's identity for that part, as CPython passes the complex object itself).
 */
public final class NumericHash {
  private NumericHash() {}

  /** 2**61 - 1, a Mersenne prime: reduction modulo P is a fold of the 61-bit halves. */
  public static final long MODULUS = (1L << 61) - 1;
  public static final long INF = 314159;
  public static final long IMAG = 1000003;
  private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

  /** {@code hash(n)} of an int. */
  public static long hashInt(Number n) {
    long h;
    if (n instanceof Long x) {
      long magnitude = x == Long.MIN_VALUE ? timesTwoPow(1, 63) : Math.abs(x) % MODULUS;
      h = x < 0 ? -magnitude : magnitude;
    } else {
      BigInteger b = (BigInteger) n;
      h = b.abs().mod(BIG_MODULUS).longValue();
      h = b.signum() < 0 ? -h : h;
    }
    return h == -1 ? -2 : h;
  }

  /** {@code hash(x)} of a float that is not NaN. */
  public static long hashFloat(double x) {
    if (Double.isNaN(x)) throw new IllegalArgumentException("NaN hashes by identity: use identityHash");
    if (Double.isInfinite(x)) return x > 0 ? INF : -INF;
    if (x == 0.0) return 0;
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) ((bits >>> 52) & 0x7FF);
    long mantissa = bits & 0xFFFFFFFFFFFFFL;
    int exponent;  // |x| == mantissa * 2**exponent exactly
    if (biased == 0) {
      exponent = -1074;
    } else {
      mantissa |= 1L << 52;
      exponent = biased - 1075;
    }
    long h = timesTwoPow(mantissa, exponent);  // mantissa < P already
    h = x < 0 ? -h : h;
    return h == -1 ? -2 : h;
  }

  /** {@code hash(complex(re, im))}, both parts not NaN (else see the class comment). */
  public static long hashComplex(double re, double im) {
    return combineComplex(hashFloat(re), hashFloat(im));
  }

  /** Combines the hashes of a complex number's parts: re + 1000003·im, wrapping as unsigned 64-bit arithmetic. */
  public static long combineComplex(long hashRe, long hashIm) {
    long h = hashRe + IMAG * hashIm;
    return h == -1 ? -2 : h;
  }

  /** {@code hash(Fraction(n, d))} for d > 0 (and Decimal's finite values): n·d⁻¹ mod P, or ±314159 when P divides d. */
  public static long hashRational(Number numerator, Number denominator) {
    BigInteger d = IntMath.big(denominator).mod(BIG_MODULUS);
    BigInteger n = IntMath.big(numerator);
    long h = d.signum() == 0 ? INF : n.abs().mod(BIG_MODULUS).multiply(d.modInverse(BIG_MODULUS)).mod(BIG_MODULUS)
        .longValue();
    h = n.signum() < 0 ? -h : h;
    return h == -1 ? -2 : h;
  }

  /**
   * The hash of an object by identity, as CPython's {@code object.__hash__} rotates the address right by 4 bits: used
   * for NaN. Java has no stable address; the identity hash code is the stable stand-in.
   */
  public static long identityHash(Object o) {
    long h = System.identityHashCode(o);
    return h == -1 ? -2 : h;
  }

  /** v·2**e mod P for 0 <= v < P: since 2**61 == 1 (mod P), multiplying by 2**e rotates v's 61 bits by e mod 61. */
  private static long timesTwoPow(long v, int e) {
    int shift = Math.floorMod(e, 61);
    return ((v << shift) & MODULUS) | (v >>> (61 - shift));
  }
}
