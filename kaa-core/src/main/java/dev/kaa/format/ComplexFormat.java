package dev.kaa.format;

import dev.kaa.objects.Errors;
import dev.kaa.text.FloatRepr;

/**
 * {@code complex.__format__}: each part formatted as a float (types e E f F g G n, or none), the imaginary part always
 * signed unless it stands alone, then the whole padded. No type is repr's style: parentheses, and the real part left
 * out when it is +0.0. Zero padding and '=' alignment are refused.
 */
public final class ComplexFormat {
  private ComplexFormat() {}

  public static String format(double real, double imag, String spec) {
    return format(real, imag, spec, "complex");
  }

  /** {@code typeName} is the object's type as error messages name it. */
  public static String format(double real, double imag, String spec, String typeName) {
    if (spec.isEmpty()) return FloatRepr.complexRepr(real, imag);
    FormatSpec parsed = FormatSpec.parse(spec, typeName, 0, '>');
    switch (parsed.type()) {
      case 'e', 'E', 'f', 'F', 'g', 'G', 'n', 0 -> { }
      default -> throw FormatSpec.unknownType(parsed.type(), typeName);
    }
    if (parsed.fill() == '0') throw Errors.valueError("Zero padding is not allowed in complex format specifier");
    if (parsed.align() == '=') {
      throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
    }
    boolean reprStyle = parsed.type() == 0;
    boolean skipReal = reprStyle && real == 0 && Double.doubleToRawLongBits(real) == 0;
    boolean parentheses = reprStyle && !skipReal;
    StringBuilder body = new StringBuilder();
    if (parentheses) body.append('(');
    if (!skipReal) body.append(part(real, parsed, parsed.sign()));
    body.append(part(imag, parsed, skipReal ? parsed.sign() : '+')).append('j');
    if (parentheses) body.append(')');
    String text = body.toString();
    return StrFormat.pad(text, text.length(), parsed);
  }

  private static String part(double value, FormatSpec spec, char sign) {
    FloatFormat.Parts parts = FloatFormat.parts(value, spec.type(), spec.precision(), spec.alternate(),
        spec.noNegZero(), sign, false);
    String digits = spec.grouping() == 0 || parts.digits().isEmpty()
        ? parts.digits() : NumberLayout.group(parts.digits(), 3, spec.grouping(), 0);
    return parts.sign() + digits + parts.rest();
  }
}
