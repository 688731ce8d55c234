package dev.kaa.format;

import dev.kaa.objects.Errors;

/**
 * {@code str.__format__}: type s or none, a precision truncates and the width pads, both counted in code points.
 * Sign, 'z', '#' and '=' alignment are refused, in that order.
 */
public final class StrFormat {
  private StrFormat() {}

  public static String format(String value, String spec) {
    return format(value, spec, "str");
  }

  /** {@code typeName} is the object's type as error messages name it. */
  public static String format(String value, String spec, String typeName) {
    if (spec.isEmpty()) return value;
    return format(value, FormatSpec.parse(spec, typeName, 's', '<'), typeName);
  }

  static String format(String value, FormatSpec spec, String typeName) {
    if (spec.type() != 's') throw FormatSpec.unknownType(spec.type(), typeName);
    if (spec.sign() == ' ') throw Errors.valueError("Space not allowed in string format specifier");
    if (spec.sign() != 0) throw Errors.valueError("Sign not allowed in string format specifier");
    if (spec.noNegZero()) {
      throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec.alternate()) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
    if (spec.align() == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
    String text = value;
    int length = text.codePointCount(0, text.length());
    if (spec.precision() >= 0 && spec.precision() < length) {
      text = text.substring(0, text.offsetByCodePoints(0, (int) spec.precision()));
      length = (int) spec.precision();
    }
    return pad(text, length, spec);
  }

  /** {@code text} ({@code length} code points) padded to the spec's width: left aligned unless it says '>' or '^'. */
  static String pad(String text, int length, FormatSpec spec) {
    int padding = spec.width() < 0 ? 0 : spec.widthAsInt() - length;
    if (padding <= 0) return text;
    StringBuilder out = new StringBuilder(text.length() + padding);
    int left = switch (spec.align()) {
      case '>' -> padding;
      case '^' -> padding / 2;
      default -> 0;
    };
    NumberLayout.fill(out, spec.fill(), left).append(text);
    return NumberLayout.fill(out, spec.fill(), padding - left).toString();
  }
}
