package dev.kaa.parse;

import dev.kaa.ast.Expr;
import java.math.BigInteger;

/**
 * The value of a NUMBER token: {@link Long} (ints that fit), {@link BigInteger}, {@link Double} (correctly rounded, as
 * {@link Double#parseDouble} is; too large gives infinity as in CPython) or {@link Expr.Constant.Imaginary}. The
 * tokenizer has already checked the syntax; underscores are dropped here.
 */
public final class NumberLiterals {
  private NumberLiterals() {}

  /** CPython's default {@code sys.get_int_max_str_digits()}, which also bounds decimal int literals. */
  public static final int MAX_STR_DIGITS = 4300;

  /**
   * A decimal int literal longer than {@link #MAX_STR_DIGITS} digits. CPython raises it as a SyntaxError with this
   * message at the token's line, offset 0 and end offset 0 ({@code compile('1' * 4400, ...)}).
   */
  public static final class TooManyDigits extends RuntimeException {
    public TooManyDigits(int digits) {
      super("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has " + digits
          + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer"
          + " literals to avoid decimal conversion limits.", null, false, false);
    }
  }

  /** The value of a NUMBER token's text. */
  public static Object parse(String text) {
    String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
    if (s.length() > 1 && s.charAt(0) == '0') {
      char p = Character.toLowerCase(s.charAt(1));
      if (p == 'x') return integer(s.substring(2), 16);
      if (p == 'o') return integer(s.substring(2), 8);
      if (p == 'b') return integer(s.substring(2), 2);
    }
    char last = s.charAt(s.length() - 1);
    if (last == 'j' || last == 'J') return new Expr.Constant.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
    if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) return Double.parseDouble(s);
    if (s.length() > MAX_STR_DIGITS) throw new TooManyDigits(s.length());
    return integer(s, 10);
  }

  private static Object integer(String digits, int radix) {
    if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
      return Long.parseLong(digits, radix);
    }
    BigInteger big = new BigInteger(digits, radix);
    return big.bitLength() < 64 ? (Object) big.longValue() : big;
  }
}
