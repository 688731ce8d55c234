package dev.kaa.math;

/**
 * IEEE 754 binary16 ("half", struct's {@code e} format): a double rounded straight to half precision (ties to even),
 * not through float, so that no value is rounded twice.
 */
public final class HalfFloat {
  private HalfFloat() {}

  /** The half nearest x as 16 bits, or -1 when x is finite but too large for a half (its largest is 65504). */
  public static int fromDouble(double x) {
    int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
    if (Double.isNaN(x)) return sign | 0x7e00;
    double a = Math.abs(x);
    if (Double.isInfinite(a)) return sign | 0x7c00;
    // subnormal: in units of 2**-24, rounded to even; 1024 units is the smallest normal's encoding
    if (a < 0x1p-14) return sign | (int) Math.rint(a * 0x1p24);
    int e = Math.getExponent(a);
    long m = (long) Math.rint(Math.scalb(a, 10 - e));  // in [1024, 2048], ties to even
    if (m == 2048) {
      m = 1024;
      e++;
    }
    if (e > 15) return -1;
    return sign | ((e + 15) << 10) | (int) (m - 1024);
  }

  /** The double a half's 16 bits stand for. */
  public static double toDouble(int bits) {
    return Float.float16ToFloat((short) bits);
  }
}
