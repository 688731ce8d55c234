package dev.kaa.format;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * printf-style formatting, {@code str % args} and {@code bytes % args}: {@code %[(key)][flags][width][.precision]
 * [length]type} with flags {@code #0- +}, width and precision as digits or {@code *}, one ignored length modifier
 * (h, l, L), and types d i u o x X e E f F g G c r s a (and b for bytes). Bytes formatting runs on the same code with
 * each byte as one Latin-1 char.
 *
 * <p>The argument bookkeeping follows CPython's: a tuple supplies one item per conversion and must be used up; any other
 * object is one argument, except that a mapping (anything with {@code __getitem__} that is not a tuple or str) used by
 * {@code %(key)} is exempt from the "not all converted" check; after {@code %(key)} the looked-up value is the only
 * argument left, so {@code '%(a)s %s'} runs out.
 */
public final class PercentFormat {
  private PercentFormat() {}

  public static <V> String format(String format, V args, PercentOperands<V> operands) {
    return new Run<>(format, args, operands, false).run();
  }

  public static <V> byte[] format(byte[] format, V args, PercentOperands<V> operands) {
    return new Run<>(new String(format, StandardCharsets.ISO_8859_1), args, operands, true).run()
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** One formatting operation's state: the position in the format and in the arguments. */
  private static final class Run<V> {
    private final String format;
    private final PercentOperands<V> operands;
    private final boolean bytes;
    private final boolean hasMapping;
    private final V mapping;
    private V args;
    private List<V> items;  // null: args is a single argument
    private int argIndex;   // the next item; for a single argument, 0 before it is used and 1 after
    private int pos;
    private int digitsEnd = -1;  // where the last width or precision digits ended

    Run(String format, V args, PercentOperands<V> operands, boolean bytes) {
      this.format = format;
      this.operands = operands;
      this.bytes = bytes;
      this.args = args;
      this.items = operands.tupleItems(args);
      this.hasMapping = items == null && operands.isMapping(args, bytes);
      this.mapping = args;
    }

    String run() {
      StringBuilder out = new StringBuilder(format.length() + 16);
      int length = format.length();
      while (pos < length) {
        int percent = format.indexOf('%', pos);
        if (percent < 0) {
          out.append(format, pos, length);
          break;
        }
        out.append(format, pos, percent);
        pos = percent + 1;
        if (pos < length && format.charAt(pos) == '%') {
          out.append('%');
          pos++;
          continue;
        }
        conversion(out);
      }
      if (argIndex < argCount() && !hasMapping) {
        throw Errors.typeError("not all arguments converted during %s formatting", bytes ? "bytes" : "string");
      }
      return out.toString();
    }

    private int argCount() {
      return items == null ? 1 : items.size();
    }

    private V nextArg() {
      if (argIndex >= argCount()) throw Errors.typeError("not enough arguments for format string");
      V arg = items == null ? args : items.get(argIndex);
      argIndex++;
      return arg;
    }

    /** Reads one conversion after its '%' and appends its result. */
    private void conversion(StringBuilder out) {
      if (peek() == '(') mappingKey();
      boolean left = false, sign = false, space = false, alternate = false, zero = false;
      for (boolean flags = true; flags && pos < format.length(); ) {
        switch (format.charAt(pos)) {
          case '-' -> left = true;
          case '+' -> sign = true;
          case ' ' -> space = true;
          case '#' -> alternate = true;
          case '0' -> zero = true;
          default -> flags = false;
        }
        if (flags) pos++;
      }
      long width = -1;
      if (peek() == '*') {
        pos++;
        width = starArg("Python int too large to convert to C ssize_t", Long.MAX_VALUE);
        if (width < 0) {
          left = true;
          width = width == Long.MIN_VALUE ? -1 : -width;  // C's negation leaves the minimum negative: no width
        }
      } else if (isDigit(peek())) {
        width = digits(Long.MAX_VALUE, "width too big");
      }
      long precision = -1;
      if (peek() == '.') {
        pos++;
        if (peek() == '*') {
          pos++;
          precision = Math.max(0, starArg("Python int too large to convert to C int", Integer.MAX_VALUE));
        } else {
          precision = isDigit(peek()) ? digits(Integer.MAX_VALUE, "precision too big") : 0;
        }
      }
      if (pos < format.length() && "hlL".indexOf(format.charAt(pos)) >= 0) pos++;
      if (pos >= format.length()) throw Errors.valueError("incomplete format");
      // CPython's bytes formatting reads the type as a signed char unless a width or precision digit came just before
      boolean signedType = pos != digitsEnd;
      char type = format.charAt(pos++);
      V arg = nextArg();
      Conversion c = new Conversion(type, left, sign, space, alternate, zero, width, precision);
      out.append(convert(arg, c, signedType));
    }

    private int peek() {
      return pos < format.length() ? format.charAt(pos) : -1;
    }

    private static boolean isDigit(int c) {
      return c >= '0' && c <= '9';
    }

    private long digits(long max, String tooBig) {
      long value = 0;
      while (isDigit(peek())) {
        int digit = format.charAt(pos++) - '0';
        if (value > (max - digit) / 10) throw Errors.valueError(tooBig);
        value = value * 10 + digit;
      }
      digitsEnd = pos;
      return value;
    }

    private long starArg(String overflow, long max) {
      Number n = operands.exactInt(nextArg());
      if (n == null) throw Errors.typeError("* wants int");
      if (!fitsLong(n) || n.longValue() > max || n.longValue() < -max - 1) {
        throw Errors.overflowError(overflow);
      }
      return n.longValue();
    }

    /** {@code %(key)}: the key runs to the matching ')'; its value becomes the only argument left. */
    private void mappingKey() {
      if (!hasMapping) throw Errors.typeError("format requires a mapping");
      int start = ++pos;
      int depth = 1;
      while (pos < format.length()) {
        char c = format.charAt(pos);
        if (c == '(') depth++;
        else if (c == ')' && --depth == 0) break;
        pos++;
      }
      if (depth > 0) throw Errors.valueError("incomplete format key");
      String key = format.substring(start, pos++);
      args = operands.getItem(mapping, key, bytes);
      items = null;
      argIndex = 0;
    }

    private String convert(V arg, Conversion c, boolean signedType) {
      return switch (c.type) {
        case 's' -> c.padText(bytes ? bytesText(arg) : operands.str(arg));
        case 'b' -> bytes ? c.padText(bytesText(arg)) : unsupported(c.type, signedType);
        case 'r', 'a' -> c.padText(bytes || c.type == 'a' ? operands.ascii(arg) : operands.repr(arg));
        case 'd', 'i', 'u' -> c.integer(integer(arg, c.type, intOfNumber(arg), "a real number"), 10);
        case 'o' -> c.integer(integer(arg, c.type, index(arg), "an integer"), 8);
        case 'x', 'X' -> c.integer(integer(arg, c.type, index(arg), "an integer"), 16);
        case 'e', 'E', 'f', 'F', 'g', 'G' -> c.floating(floating(arg));
        case 'c' -> c.padText(bytes ? byteChar(arg) : character(arg));
        default -> unsupported(c.type, signedType);
      };
    }

    private String bytesText(V arg) {
      byte[] data = operands.bytesValue(arg);
      if (data == null) {
        throw Errors.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
            truncate(operands.typeName(arg), 100));
      }
      return new String(data, StandardCharsets.ISO_8859_1);
    }

    private Number index(V arg) {
      Number exact = operands.exactInt(arg);
      return exact != null ? exact : operands.index(arg);
    }

    /** {@code int(arg)} for %d: a TypeError converting it reports the wrong type, as CPython's. */
    private Number intOfNumber(V arg) {
      Number exact = operands.exactInt(arg);
      if (exact != null) return exact;
      try {
        return operands.intOfNumber(arg);
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.TypeError)) return null;
        throw e;
      }
    }

    private Number integer(V arg, char type, Number value, String required) {
      if (value == null) {
        char shown = bytes && type == 'i' ? 'd' : type;  // bytes formatting reads %i as %d
        throw Errors.typeError("%%%s format: %s is required, not %s", shown, required,
            truncate(operands.typeName(arg), 200));
      }
      return value;
    }

    private double floating(V arg) {
      Double value;
      try {
        value = operands.toDouble(arg);
      } catch (PyException e) {
        if (!bytes) throw e;
        value = null;  // bytes formatting reports any failed conversion as the wrong type
      }
      if (value == null) {
        throw Errors.typeError(bytes ? "float argument required, not %s" : "must be real number, not %s",
            truncate(operands.typeName(arg), 200));
      }
      return value;
    }

    private String character(V arg) {
      Number n = index(arg);
      if (n != null) {
        if (!fitsLong(n) || n.longValue() < 0 || n.longValue() > Character.MAX_CODE_POINT) {
          throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return Character.toString(n.intValue());
      }
      String s = operands.strValue(arg);
      if (s != null && s.codePointCount(0, s.length()) == 1) return s;
      throw Errors.typeError("%c requires int or char");
    }

    private String byteChar(V arg) {
      Number n = index(arg);
      if (n != null) {
        if (!fitsLong(n) || n.longValue() < 0 || n.longValue() > 255) {
          throw Errors.overflowError("%c arg not in range(256)");
        }
        return String.valueOf((char) n.intValue());
      }
      byte[] data = operands.exactBytes(arg);
      if (data != null && data.length == 1) return String.valueOf((char) (data[0] & 0xff));
      throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }

    /** The error for an unknown type; in bytes, a negative signed char fails in CPython's message formatting. */
    private String unsupported(char type, boolean signedType) {
      if (bytes && signedType && type >= 0x80) throw Errors.overflowError("character argument not in range(0x110000)");
      int index = pos - 1;
      int codePoint = type;
      if (!bytes && Character.isHighSurrogate(type) && pos < format.length()
          && Character.isLowSurrogate(format.charAt(pos))) {
        codePoint = Character.toCodePoint(type, format.charAt(pos));
      }
      if (!bytes) index = format.codePointCount(0, index);
      String shown = bytes || (codePoint > 31 && codePoint <= 126) ? String.valueOf(type) : "?";
      throw Errors.valueError("unsupported format character '%s' (0x%x) at index %d", shown, codePoint, index);
    }
  }

  private static boolean fitsLong(Number n) {
    return !(n instanceof BigInteger big) || big.bitLength() < 64;
  }

  private static String truncate(String name, int max) {
    return name.length() <= max ? name : name.substring(0, max);
  }

  /** One conversion's flags, width and precision, and the layouts they produce. */
  private record Conversion(char type, boolean left, boolean sign, boolean space, boolean alternate, boolean zero,
                            long width, long precision) {

    /** Text (%s %r %a %c): truncated to the precision in code points, padded with spaces. */
    String padText(String text) {
      int length = text.codePointCount(0, text.length());
      if (precision >= 0 && precision < length && type != 'c') {
        text = text.substring(0, text.offsetByCodePoints(0, (int) precision));
        length = (int) precision;
      }
      return pad("", text, length, false);
    }

    String integer(Number value, int radix) {
      boolean negative;
      String digits;
      if (value instanceof BigInteger big) {
        negative = big.signum() < 0;
        digits = big.abs().toString(radix);
      } else {
        long v = value.longValue();
        negative = v < 0;
        digits = Long.toUnsignedString(negative ? -v : v, radix);
      }
      if (type == 'X') digits = digits.toUpperCase(Locale.ROOT);
      if (precision > digits.length()) digits = "0".repeat((int) precision - digits.length()) + digits;
      String prefix = alternate && radix != 10 ? "0" + (type == 'X' ? 'X' : type == 'o' ? 'o' : 'x') : "";
      return pad(signOf(negative) + prefix, digits, digits.length(), true);
    }

    String floating(double value) {
      FloatFormat.Parts parts = FloatFormat.parts(value, type, precision, alternate, false,
          sign ? '+' : space ? ' ' : 0, false);
      String body = parts.digits() + parts.rest();
      return pad(parts.sign(), body, body.length(), true);
    }

    private String signOf(boolean negative) {
      return negative ? "-" : sign ? "+" : space ? " " : "";
    }

    /** {@code head} (sign and prefix) then {@code body}: zero fill goes between them for numbers, spaces outside. */
    private String pad(String head, String body, int bodyLength, boolean numeric) {
      long padding = width - head.length() - bodyLength;
      if (padding <= 0) return head + body;
      if (padding > Integer.MAX_VALUE - 16) throw Errors.memoryError();
      String fill = " ".repeat((int) padding);
      if (left) return head + body + fill;
      if (numeric && zero) return head + "0".repeat((int) padding) + body;
      return fill + head + body;
    }
  }
}
