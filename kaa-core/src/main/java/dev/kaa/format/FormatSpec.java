package dev.kaa.format;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyException;

/**
 * A parsed format specifier, {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}, as the
 * built-in types' {@code __format__} read it. Parsing is shared by every type; what a type then allows (a sign for str,
 * a precision for int) is checked by that type's formatter.
 *
 * @param fill       the fill code point ({@code ' '} unless given, {@code '0'} after a leading zero)
 * @param align      {@code '<'}, {@code '>'}, {@code '='} or {@code '^'}; the type's default when not given
 * @param sign       {@code '+'}, {@code '-'}, {@code ' '}, or 0 when not given
 * @param noNegZero  {@code 'z'}: negative zero after rounding prints without its sign
 * @param alternate  {@code '#'}
 * @param width      the minimum width in code points, or -1
 * @param grouping   {@code ','}, {@code '_'}, or 0
 * @param precision  the precision, or -1
 * @param type       the presentation type code point, the type's default when not given (0 for "none")
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
                         char grouping, long precision, int type) {

  /**
   * Parses {@code spec} for an object of type {@code typeName}. {@code defaultType} is used when the spec names none
   * (0 for float's and complex's "none"); {@code defaultAlign} is {@code '>'} for numbers and {@code '<'} for str.
   */
  public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
    int[] cp = spec.codePoints().toArray();
    int end = cp.length;
    int pos = 0;
    int fill = ' ';
    boolean fillGiven = false;
    char align = defaultAlign;
    boolean alignGiven = false;
    if (end - pos >= 2 && isAlign(cp[pos + 1])) {
      fill = cp[pos];
      align = (char) cp[pos + 1];
      fillGiven = alignGiven = true;
      pos += 2;
    } else if (end - pos >= 1 && isAlign(cp[pos])) {
      align = (char) cp[pos];
      alignGiven = true;
      pos++;
    }
    char sign = 0;
    if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) sign = (char) cp[pos++];
    boolean noNegZero = false;
    if (pos < end && cp[pos] == 'z') {
      noNegZero = true;
      pos++;
    }
    boolean alternate = false;
    if (pos < end && cp[pos] == '#') {
      alternate = true;
      pos++;
    }
    // A leading zero before the width means zero fill, and for numbers padding after the sign, unless fill was given.
    if (!fillGiven && pos < end && cp[pos] == '0') {
      fill = '0';
      if (!alignGiven && defaultAlign == '>') align = '=';
      pos++;
    }
    int widthStart = pos;
    pos = skipDigits(cp, pos);
    long width = pos == widthStart ? -1 : decimal(cp, widthStart, pos);
    char grouping = 0;
    if (pos < end && cp[pos] == ',') {
      grouping = ',';
      pos++;
    }
    if (pos < end && cp[pos] == '_') {
      if (grouping != 0) throw bothSeparators();
      grouping = '_';
      pos++;
    }
    if (pos < end && cp[pos] == ',' && grouping == '_') throw bothSeparators();
    long precision = -1;
    if (pos < end && cp[pos] == '.') {
      pos++;
      int precisionStart = pos;
      pos = skipDigits(cp, pos);
      if (pos == precisionStart) throw Errors.valueError("Format specifier missing precision");
      precision = decimal(cp, precisionStart, pos);
    }
    if (end - pos > 1) {
      throw Errors.valueError("Invalid format specifier '%s' for object of type '%s'", spec, shortName(typeName));
    }
    int type = end - pos == 1 ? cp[pos] : defaultType;
    if (grouping != 0) checkGroupingAllowed(grouping, type);
    return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
  }

  private static boolean isAlign(int c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
  }

  private static int skipDigits(int[] cp, int pos) {
    while (pos < cp.length && digitValue(cp[pos]) >= 0) pos++;
    return pos;
  }

  /** The value of a decimal digit of any script ({@code '٣'} is 3, as in CPython), or -1. */
  static int digitValue(int codePoint) {
    return Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(codePoint, 10) : -1;
  }

  /** The number in cp[from, to); like CPython, one that does not fit a signed 64-bit size is an error. */
  static long decimal(int[] cp, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = digitValue(cp[i]);
      if (value > (Long.MAX_VALUE - digit) / 10) throw Errors.valueError("Too many decimal digits in format string");
      value = value * 10 + digit;
    }
    return value;
  }

  private static PyException bothSeparators() {
    return Errors.valueError("Cannot specify both ',' and '_'.");
  }

  private static void checkGroupingAllowed(char grouping, int type) {
    switch (type) {
      case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
      case 'b', 'o', 'x', 'X' -> {
        if (grouping != '_') throw Errors.valueError("Cannot specify '%s' with '%s'.", grouping, typeCode(type));
      }
      default -> throw Errors.valueError("Cannot specify '%s' with '%s'.", grouping, typeCode(type));
    }
  }

  /** A type code as CPython's messages show it: the character when printable ASCII, else {@code \x<hex>}. */
  static String typeCode(int type) {
    return type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
  }

  /** CPython's messages print at most 200 characters of a type's name ({@code %.200s}). */
  static String shortName(String typeName) {
    return typeName.length() <= 200 ? typeName : typeName.substring(0, 200);
  }

  /** "Unknown format code 'q' for object of type 'int'", raised when a type has no such presentation. */
  static PyException unknownType(int type, String typeName) {
    return Errors.valueError("Unknown format code '%s' for object of type '%s'", typeCode(type), shortName(typeName));
  }

  /** The width as a Java length; a width no string can reach fails as CPython's allocation would. */
  int widthAsInt() {
    if (width > Integer.MAX_VALUE - 16) throw Errors.memoryError();
    return (int) width;
  }
}
