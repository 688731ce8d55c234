package dev.kaa.format;

import dev.kaa.objects.Errors;
import java.math.BigInteger;

/**
 * {@code int.__format__}: presentation types b c d o x X n, and e E f F g G % through {@link FloatFormat} after
 * conversion to float. {@code n} groups nothing, as under the C locale CPython runs with. An empty spec is
 * {@code str(value)}, which for {@code bool} the caller answers itself ({@code format(True, '')} is {@code 'True'}).
 */
public final class IntFormat {
  private IntFormat() {}

  public static String format(long value, String spec) {
    return format(value, spec, "int");
  }

  public static String format(BigInteger value, String spec) {
    return format(value, spec, "int");
  }

  /** {@code typeName} is the object's type as error messages name it ({@code bool}, a subclass). */
  public static String format(long value, String spec, String typeName) {
    if (spec.isEmpty()) return Long.toString(value);
    return format(value, null, FormatSpec.parse(spec, typeName, 'd', '>'), typeName);
  }

  public static String format(BigInteger value, String spec, String typeName) {
    if (spec.isEmpty()) return value.toString();
    return format(0, value, FormatSpec.parse(spec, typeName, 'd', '>'), typeName);
  }

  /** Formats {@code big}, or {@code small} when {@code big} is null. */
  private static String format(long small, BigInteger big, FormatSpec spec, String typeName) {
    switch (spec.type()) {
      case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> { }
      case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
        return FloatFormat.format(toDouble(small, big), spec, typeName);
      }
      default -> throw FormatSpec.unknownType(spec.type(), typeName);
    }
    if (spec.precision() >= 0) throw Errors.valueError("Precision not allowed in integer format specifier");
    if (spec.noNegZero()) {
      throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
    }
    boolean negative = big == null ? small < 0 : big.signum() < 0;
    if (spec.type() == 'c') return character(small, big, spec);
    int radix = switch (spec.type()) {
      case 'b' -> 2;
      case 'o' -> 8;
      case 'x', 'X' -> 16;
      default -> 10;
    };
    String digits = big == null
        ? Long.toUnsignedString(negative ? -small : small, radix)
        : big.abs().toString(radix);
    String prefix = "";
    if (spec.type() == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
    if (spec.alternate() && radix != 10) prefix = "0" + (char) spec.type();
    return NumberLayout.layout(spec, signOf(negative, spec.sign()), prefix, digits, "");
  }

  /** The sign a number prints with under a spec's sign option. */
  static String signOf(boolean negative, char signOption) {
    if (negative) return "-";
    if (signOption == '+') return "+";
    return signOption == ' ' ? " " : "";
  }

  private static String character(long small, BigInteger big, FormatSpec spec) {
    if (spec.sign() != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate()) throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (big != null) {
      if (big.bitLength() > 63) throw Errors.overflowError("Python int too large to convert to C long");
      small = big.longValue();
    }
    if (small < 0 || small > Character.MAX_CODE_POINT) throw Errors.overflowError("%c arg not in range(0x110000)");
    return NumberLayout.layout(spec, "", "", "", Character.toString((int) small));
  }

  private static double toDouble(long small, BigInteger big) {
    if (big == null) return small;
    double value = big.doubleValue();
    if (Double.isInfinite(value)) throw Errors.overflowError("int too large to convert to float");
    return value;
  }
}
