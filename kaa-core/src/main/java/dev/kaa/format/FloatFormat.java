package dev.kaa.format;

import dev.kaa.objects.Errors;
import dev.kaa.text.FloatRepr;
import java.util.Locale;

/**
 * {@code float.__format__}: presentation types e E f F g G n % and none. With no type and no precision the digits are
 * repr's; with a precision and no type, 'g' that keeps a ".0" and moves to exponent form one digit earlier. {@code n} is
 * 'g' under the C locale CPython runs with.
 */
public final class FloatFormat {
  private FloatFormat() {}

  public static String format(double value, String spec) {
    return format(value, spec, "float");
  }

  /** {@code typeName} is the object's type as error messages name it. */
  public static String format(double value, String spec, String typeName) {
    if (spec.isEmpty()) return FloatRepr.repr(value);
    return format(value, FormatSpec.parse(spec, typeName, 0, '>'), typeName);
  }

  static String format(double value, FormatSpec spec, String typeName) {
    switch (spec.type()) {
      case 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 0 -> { }
      default -> throw FormatSpec.unknownType(spec.type(), typeName);
    }
    Parts parts = parts(value, spec.type(), spec.precision(), spec.alternate(), spec.noNegZero(), spec.sign(), true);
    return NumberLayout.layout(spec, parts.sign, "", parts.digits, parts.rest);
  }

  /** A formatted number split for {@link NumberLayout}: sign, integer digits, and the rest. */
  record Parts(String sign, String digits, String rest) {}

  /**
   * Formats one float for a float or complex format. With no presentation type a float keeps a ".0" on integral values
   * ({@code dotZeroWithoutType}); complex parts do not.
   */
  static Parts parts(double value, int type, long precision, boolean alternate, boolean noNegZero, char signOption,
                     boolean dotZeroWithoutType) {
    if (precision > Integer.MAX_VALUE) throw Errors.valueError("precision too big");
    boolean addDotZero = false;
    boolean percent = false;
    char kind;
    switch (type) {
      case 0 -> {
        addDotZero = dotZeroWithoutType;
        kind = precision < 0 ? 'r' : 'g';
      }
      case 'n' -> kind = 'g';
      case '%' -> {
        kind = 'f';
        value *= 100;
        percent = true;
      }
      default -> kind = Character.toLowerCase((char) type);
    }
    boolean upper = type == 'E' || type == 'F' || type == 'G';
    int digits = precision < 0 ? 6 : (int) precision;
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    String body;
    if (Double.isNaN(value)) {
      negative = false;
      body = "nan";
    } else if (Double.isInfinite(value)) {
      body = "inf";
    } else {
      double abs = Math.abs(value);
      DecimalDigits rounded = switch (kind) {
        case 'e' -> DecimalDigits.significant(abs, digits + 1);
        case 'f' -> DecimalDigits.fixed(abs, digits);
        case 'g' -> DecimalDigits.significant(abs, Math.max(digits, 1));
        default -> DecimalDigits.shortest(abs);
      };
      if (noNegZero && rounded.isZero()) negative = false;
      int layoutPrecision = switch (kind) {
        case 'e' -> digits + 1;
        case 'g' -> Math.max(digits, 1);
        default -> digits;
      };
      body = rounded.layout(kind, layoutPrecision, alternate, addDotZero);
    }
    if (upper) body = body.toUpperCase(Locale.ROOT);
    int integerDigits = 0;
    while (integerDigits < body.length() && Character.isDigit(body.charAt(integerDigits))) integerDigits++;
    return new Parts(IntFormat.signOf(negative, signOption), body.substring(0, integerDigits),
        body.substring(integerDigits) + (percent ? "%" : ""));
  }
}
