package dev.kaa.format;

/**
 * Lays out a formatted number, {@code [padding][sign][prefix][padding][grouped digits][rest][padding]}, as every
 * numeric {@code __format__} does: the digit grouping, the fill and the four alignments.
 *
 * <p>When the fill is '0' and the alignment '=', the padding is made of grouped zeros ({@code format(1234, '09,')} is
 * {@code 0,001,234}): the grouping runs on past the digits until the width is reached, and never starts with a separator,
 * so the result may be one character wider than asked.
 */
final class NumberLayout {
  private NumberLayout() {}

  /**
   * @param sign   "", "-", "+" or " "
   * @param prefix "0x" and the like, or ""
   * @param digits the integer part's digits (grouped when the spec asks), possibly empty (inf, nan)
   * @param rest   everything after them: decimal point, fraction, exponent, '%', or a 'c' character
   */
  static String layout(FormatSpec spec, String sign, String prefix, String digits, String rest) {
    int width = spec.width() < 0 ? 0 : spec.widthAsInt();
    String body = digits;
    if (spec.grouping() != 0 && !digits.isEmpty()) {
      boolean zeroPadded = spec.fill() == '0' && spec.align() == '=';
      int minWidth = zeroPadded ? width - sign.length() - prefix.length() - rest.codePointCount(0, rest.length()) : 0;
      int groupSize = spec.grouping() == '_' && isPowerOfTwoRadix(spec.type()) ? 4 : 3;
      body = group(digits, groupSize, spec.grouping(), minWidth);
    }
    int length = sign.length() + prefix.length() + body.length() + rest.codePointCount(0, rest.length());
    int padding = Math.max(0, width - length);
    if (padding == 0) return sign + prefix + body + rest;
    StringBuilder out = new StringBuilder(length + padding);
    switch (spec.align()) {
      case '<' -> fill(out.append(sign).append(prefix).append(body).append(rest), spec.fill(), padding);
      case '^' -> {
        fill(out, spec.fill(), padding / 2).append(sign).append(prefix).append(body).append(rest);
        fill(out, spec.fill(), padding - padding / 2);
      }
      case '=' -> fill(out.append(sign).append(prefix), spec.fill(), padding).append(body).append(rest);
      default -> fill(out, spec.fill(), padding).append(sign).append(prefix).append(body).append(rest);
    }
    return out.toString();
  }

  private static boolean isPowerOfTwoRadix(int type) {
    return type == 'b' || type == 'o' || type == 'x' || type == 'X';
  }

  static StringBuilder fill(StringBuilder out, int codePoint, int count) {
    return out.repeat(codePoint, count);
  }

  /**
   * Inserts {@code separator} every {@code size} digits from the right; while {@code minWidth} is not reached, goes on
   * with groups of zeros (the last one as short as reaches it).
   */
  static String group(String digits, int size, char separator, int minWidth) {
    StringBuilder reversed = new StringBuilder(digits.length() * 2);
    int remaining = digits.length();
    boolean first = true;
    while (true) {
      int length = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
      int taken = Math.min(remaining, length);
      if (!first) reversed.append(separator);
      first = false;
      for (int i = 0; i < taken; i++) reversed.append(digits.charAt(remaining - 1 - i));
      for (int i = taken; i < length; i++) reversed.append('0');
      remaining -= taken;
      minWidth -= size;
      if (remaining <= 0 && minWidth <= 0) break;
      minWidth -= 1;
    }
    return reversed.reverse().toString();
  }
}
