package dev.kaa.math;

import dev.kaa.objects.Errors;
import dev.kaa.text.StrRepr;
import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code int(str, base)} and {@code str(int)}, {@code bin}, {@code oct}, {@code hex}, with Python 3.12's limit on
 * decimal conversions (CVE-2020-10735): converting more than {@code sys.get_int_max_str_digits()} digits (default
 * {@value #DEFAULT_MAX_STR_DIGITS}; 0 means no limit) in a base that is not a power of two raises ValueError, because
 * such conversions cost more than linear time. Large conversions here are subquadratic: parsing splits the digits in
 * halves joined by one multiplication by a cached power of the base, and printing relies on the JDK's recursive
 * {@link BigInteger#toString()}.
 */
public final class IntText {
  private IntText() {}

  /** {@code sys.int_info.default_max_str_digits}. */
  public static final int DEFAULT_MAX_STR_DIGITS = 4300;
  /** {@code sys.int_info.str_digits_check_threshold}: the smallest non-zero limit {@code sys} accepts. */
  public static final int STR_DIGITS_CHECK_THRESHOLD = 640;

  /** {@code sys.set_int_max_str_digits(n)}'s check: 0 (no limit) or at least {@value #STR_DIGITS_CHECK_THRESHOLD}. */
  public static int checkMaxStrDigits(long n) {
    if (n > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
    if (n != 0 && n < STR_DIGITS_CHECK_THRESHOLD) throw Errors.valueError("maxdigits must be 0 or larger than 640");
    return (int) n;
  }

  /** {@code int(s, base)} with the default digit limit. */
  public static Number parse(String s, long base) {
    return parse(s, base, DEFAULT_MAX_STR_DIGITS);
  }

  /**
   * {@code int(s, base)}: surrounding whitespace, a sign, a base prefix ({@code 0x}/{@code 0o}/{@code 0b}, required to
   * match for base 0, optional for 16/8/2), single underscores between digits or after the prefix, Unicode decimal
   * digits. {@code maxDigits} is {@code sys.get_int_max_str_digits()}.
   */
  public static Number parse(String s, long base, int maxDigits) {
    if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
    String t = NumericText.toAscii(s);
    int i = NumericText.skipSpace(t, 0), end = NumericText.trimSpaceEnd(t, t.length());
    boolean negative = false;
    if (i < end && (t.charAt(i) == '+' || t.charAt(i) == '-')) negative = t.charAt(i++) == '-';
    int radix = (int) base;
    boolean prefixed = false;
    if (i + 1 < end && t.charAt(i) == '0') {
      int prefixRadix = switch (Character.toLowerCase(t.charAt(i + 1))) {
        case 'x' -> 16;
        case 'o' -> 8;
        case 'b' -> 2;
        default -> 0;
      };
      if (prefixRadix != 0 && (radix == 0 || radix == prefixRadix)) {
        radix = prefixRadix;
        prefixed = true;
        i += 2;
        if (i < end && t.charAt(i) == '_') i++;  // 0x_1f
      }
    }
    boolean decimalWithoutPrefix = radix == 0;
    if (radix == 0) radix = 10;
    // collect digits; an underscore must sit between two digits
    StringBuilder digits = new StringBuilder(Math.max(0, end - i));
    boolean afterDigit = false;
    for (; i < end; i++) {
      char c = t.charAt(i);
      if (c == '_' && afterDigit && i + 1 < end && Character.digit(t.charAt(i + 1), radix) >= 0) {
        afterDigit = false;
        continue;
      }
      int d = c < 128 ? Character.digit(c, radix) : -1;
      if (d < 0) throw invalidLiteral(s, base);
      digits.append(c);
      afterDigit = true;
    }
    if (digits.isEmpty()) throw invalidLiteral(s, base);
    // base 0 reads a decimal literal: no leading zeros except for zero itself ("00" and "0_0" but not "07")
    if (decimalWithoutPrefix && !prefixed && digits.charAt(0) == '0' && digits.chars().anyMatch(c -> c != '0')) {
      throw invalidLiteral(s, base);
    }
    if (maxDigits > 0 && Integer.bitCount(radix) != 1 && digits.length() > maxDigits) {
      throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
          + "use sys.set_int_max_str_digits() to increase the limit", maxDigits, digits.length());
    }
    BigInteger magnitude = digitsValue(digits.toString(), 0, digits.length(), radix);
    return IntMath.normalize(negative ? magnitude.negate() : magnitude);
  }

  private static RuntimeException invalidLiteral(String s, long base) {
    String repr = StrRepr.repr(s);
    // CPython formats it with %.200R: the repr cut to 200 code points
    if (repr.codePointCount(0, repr.length()) > 200) repr = repr.substring(0, repr.offsetByCodePoints(0, 200));
    return Errors.valueError("invalid literal for int() with base %d: %s", base, repr);
  }

  /** Below this many digits the JDK's conversion is fast enough; above, split in halves. */
  private static final int SPLIT_DIGITS = 400;
  private static final ConcurrentHashMap<Long, BigInteger> POWERS = new ConcurrentHashMap<>();

  private static BigInteger digitsValue(String digits, int from, int to, int radix) {
    int n = to - from;
    if (n <= SPLIT_DIGITS) return new BigInteger(digits.substring(from, to), radix);
    int low = Integer.highestOneBit(n - 1);  // a power of two, so the cached powers are few
    BigInteger high = digitsValue(digits, from, to - low, radix);
    return high.multiply(power(radix, low)).add(digitsValue(digits, to - low, to, radix));
  }

  private static BigInteger power(int radix, int exponent) {
    return POWERS.computeIfAbsent(((long) radix << 32) | exponent, k -> BigInteger.valueOf(radix).pow(exponent));
  }

  // ---- int -> text ----

  /** {@code str(n)} with the default digit limit. */
  public static String toDecimal(Number n) {
    return toDecimal(n, DEFAULT_MAX_STR_DIGITS);
  }

  /** {@code str(n)}: ValueError beyond {@code maxDigits} decimal digits (the sign not counted; 0 means no limit). */
  public static String toDecimal(Number n, int maxDigits) {
    if (n instanceof Long x) return Long.toString(x);
    BigInteger b = (BigInteger) n;
    // bit_length * log10(2) bounds the digit count; skip the conversion when it must be too long
    if (maxDigits > 0 && (b.bitLength() - 1) * 0.30102999566398114 >= maxDigits) throw strLimitError(maxDigits);
    String s = b.toString();
    if (maxDigits > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > maxDigits) throw strLimitError(maxDigits);
    return s;
  }

  private static RuntimeException strLimitError(int maxDigits) {
    return Errors.valueError("Exceeds the limit (%d digits) for integer string conversion; "
        + "use sys.set_int_max_str_digits() to increase the limit", maxDigits);
  }

  /** {@code bin(n)}: {@code 0b101}, {@code -0b101}. */
  public static String bin(Number n) {
    return prefixed(n, 2, "0b");
  }

  /** {@code oct(n)}: {@code 0o17}. */
  public static String oct(Number n) {
    return prefixed(n, 8, "0o");
  }

  /** {@code hex(n)}: {@code 0xff}, lower case. */
  public static String hex(Number n) {
    return prefixed(n, 16, "0x");
  }

  private static String prefixed(Number n, int radix, String prefix) {
    String digits = n instanceof Long x ? Long.toString(x, radix) : ((BigInteger) n).toString(radix);
    return digits.startsWith("-") ? "-" + prefix + digits.substring(1) : prefix + digits;
  }
}
