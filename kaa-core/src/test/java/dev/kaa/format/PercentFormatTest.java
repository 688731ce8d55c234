package dev.kaa.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaa.format.JavaValues.Bytes;
import dev.kaa.format.JavaValues.Tuple;
import dev.kaa.objects.PyException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentFormatTest {
  private static String format(String format, Object args) {
    return PercentFormat.format(format, args, JavaValues.INSTANCE);
  }

  private static Tuple tuple(Object... items) {
    return new Tuple(List.of(items));
  }

  @Test
  void fixedCases() {
    assertEquals("0x00000003", format("%#010x", tuple(3L)));
    assertEquals("-005", format("%.3d", tuple(-5L)));
    assertEquals("    1.50", format("%*.*f", tuple(8L, 2L, 1.5)));
    assertEquals("1  |", format("%-*d|", tuple(3L, 1L)));
    assertEquals("0000000inf", format("%010f", tuple(Double.POSITIVE_INFINITY)));
    assertEquals("{'a': 1} 1", format("%s %(a)s", new LinkedHashMap<>(Map.of("a", 1L))));
    assertEquals("abc", format("abc", List.of(1L)));
    assertEquals("    A", format("%05c", tuple(65L)));
    assertEquals("b'x'", new String(PercentFormat.format("%a".getBytes(StandardCharsets.ISO_8859_1),
        tuple(new Bytes(new byte[] {'x'})), JavaValues.INSTANCE), StandardCharsets.ISO_8859_1));
  }

  @Test
  void errors() {
    assertEquals("not enough arguments for format string", message(() -> format("%s %s", tuple(1L))));
    assertEquals("not all arguments converted during string formatting", message(() -> format("%s", tuple(1L, 2L))));
    assertEquals("%d format: a real number is required, not str", message(() -> format("%d", "a")));
    assertEquals("unsupported format character 'y' (0x79) at index 1", message(() -> format("%y", 1L)));
    assertEquals("incomplete format", message(() -> format("abc%", tuple())));
    assertEquals("unsupported format character '?' (0x1f600) at index 2",
        message(() -> format("\ud83d\ude00%\ud83d\ude00", 1L)));
    // bytes: a non-ASCII type byte right after width digits is reported; otherwise CPython's message formatting fails
    assertEquals("unsupported format character '\u00e9' (0xe9) at index 2", message(() -> PercentFormat.format(
        new byte[] {'%', '1', (byte) 0xe9}, 1L, JavaValues.INSTANCE)));
    assertEquals("character argument not in range(0x110000)", message(() -> PercentFormat.format(
        new byte[] {'%', (byte) 0xe9}, 1L, JavaValues.INSTANCE)));
  }

  private static String message(Runnable run) {
    return assertThrows(PyException.class, run::run).pyMessage();
  }

  @Test
  void matchesCPythonOnStr() {
    sweep(false, FormatOracle.cases(5000, 300_000));
  }

  @Test
  void matchesCPythonOnBytes() {
    sweep(true, FormatOracle.cases(2000, 100_000));
  }

  private static void sweep(boolean bytes, int n) {
    Random r = FormatOracle.random();
    List<String[]> rows = new ArrayList<>();
    List<Object> argsOfRow = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Character> types = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      int[] stars = {0};
      String format = randomFormat(r, bytes, types, keys, stars);
      Object args = randomArgs(r, bytes, types, keys, stars[0]);
      argsOfRow.add(args);
      rows.add(new String[] {format, JavaValues.source(args), Integer.toString(i)});
    }
    String convert = bytes ? "f.encode('latin-1')" : "f";
    FormatOracle.compare("def case(f, args, i):\n    r = " + convert + " % eval(args)\n"
            + "    return r.decode('latin-1') if isinstance(r, bytes) else r\n",
        rows, row -> {
          Object args = argsOfRow.get(Integer.parseInt(row[2]));
          if (!bytes) return format(row[0], args);
          byte[] out = PercentFormat.format(row[0].getBytes(StandardCharsets.ISO_8859_1), args, JavaValues.INSTANCE);
          return new String(out, StandardCharsets.ISO_8859_1);
        });
  }

  private static final String TYPES = "diouxXeEfFgGcrsa";

  private static String randomFormat(Random r, boolean bytes, List<Character> types, List<String> keys, int[] stars) {
    StringBuilder f = new StringBuilder();
    boolean useKeys = r.nextInt(5) == 0;
    int directives = r.nextInt(4);
    for (int d = 0; d < directives; d++) {
      if (r.nextInt(3) == 0) f.append(r.nextBoolean() ? "ab" : bytes ? "\u00ff " : "\u00e9\ud83d\ude00");
      if (r.nextInt(10) == 0) f.append("%%");
      f.append('%');
      if (useKeys || r.nextInt(40) == 0) {
        String key = r.nextInt(6) == 0 ? "k(x)" : "k" + r.nextInt(3);
        keys.add(key);
        f.append('(').append(key).append(r.nextInt(50) == 0 ? "" : ")");
      }
      for (int i = r.nextInt(3); i > 0; i--) f.append("-+ #0".charAt(r.nextInt(5)));
      if (r.nextInt(3) == 0) {
        if (r.nextInt(4) == 0) {
          f.append('*');
          stars[0]++;
        } else {
          f.append(r.nextInt(15));
        }
      }
      if (r.nextInt(3) == 0) {
        f.append('.');
        if (r.nextInt(4) == 0) {
          f.append('*');
          stars[0]++;
        } else if (r.nextInt(10) != 0) {
          f.append(r.nextInt(r.nextInt(5) == 0 ? 40 : 8));
        }
      }
      if (r.nextInt(15) == 0) f.append("hlL".charAt(r.nextInt(3)));
      if (r.nextInt(40) == 0) {
        if (r.nextInt(3) != 0) f.append(bytes ? "yb%\u0001\u00e9" .charAt(r.nextInt(5)) : "yb%\u0001\u00e9".charAt(r.nextInt(5)));
        break;  // sometimes an unknown type or a format that ends too soon
      }
      char type = TYPES.charAt(r.nextInt(TYPES.length()));
      types.add(type);
      f.append(type);
    }
    if (r.nextInt(3) == 0) f.append("x");
    return f.toString();
  }

  private static Object randomArgs(Random r, boolean bytes, List<Character> types, List<String> keys, int stars) {
    if (!keys.isEmpty() && r.nextInt(8) != 0) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        if (r.nextInt(20) == 0) continue;
        String key = keys.get(i);
        map.put(bytes ? new Bytes(key.getBytes(StandardCharsets.ISO_8859_1)) : key, value(r, bytes, types, i));
      }
      return map;
    }
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < stars; i++) items.add(r.nextInt(10) == 0 ? oddStar(r) : (long) (r.nextInt(30) - 10));
    for (int i = 0; i < types.size(); i++) items.add(value(r, bytes, types, i));
    if (r.nextInt(10) == 0) items.add(value(r, bytes, List.of(), 0));
    if (r.nextInt(10) == 0 && !items.isEmpty()) items.remove(items.size() - 1);
    if (items.size() == 1 && r.nextInt(3) == 0 && !(items.get(0) instanceof Tuple)) return items.get(0);
    return new Tuple(items);
  }

  /** A value for the {@code i}th conversion: usually of a fitting kind, sometimes anything. */
  private static Object value(Random r, boolean bytes, List<Character> types, int i) {
    char type = i < types.size() && r.nextInt(8) != 0 ? types.get(i) : '?';
    return switch (type) {
      case 'd', 'i', 'u', 'o', 'x', 'X' -> r.nextInt(5) == 0 ? FloatFormatTest.randomDouble(r) : safeInt(r);
      case 'e', 'E', 'f', 'F', 'g', 'G' -> r.nextInt(5) == 0 ? safeInt(r) : FloatFormatTest.randomDouble(r);
      case 'c' -> r.nextInt(3) == 0
          ? (bytes ? new Bytes(new byte[] {(byte) r.nextInt(256)}) : "\u00e9")
          : (long) r.nextInt(bytes ? 300 : 0x110010) - 5;
      default -> anyValue(r, bytes);
    };
  }

  /**
   * A random int that, should the arguments shift so that it lands on a '*', is a width both sides build at once or
   * both refuse at once: never one in the range a test would really allocate.
   */
  private static Number safeInt(Random r) {
    BigInteger v = IntFormatTest.randomInt(r);
    int bits = v.abs().bitLength();
    return IntFormatTest.asRuntimeInt(bits > 16 && bits <= 40 ? v.shiftLeft(24) : v);
  }

  /** A '*' argument that is not a small int; never a width both sides would really allocate. */
  private static Object oddStar(Random r) {
    return switch (r.nextInt(7)) {
      case 0 -> "x";
      case 1 -> 2.5;
      case 2 -> BigInteger.TWO.pow(70);
      case 3 -> Long.MIN_VALUE;
      case 4 -> Long.MAX_VALUE;
      case 5 -> true;
      default -> null;
    };
  }

  private static Object anyValue(Random r, boolean bytes) {
    return switch (r.nextInt(10)) {
      case 0 -> safeInt(r);
      case 1 -> FloatFormatTest.randomDouble(r);
      case 2 -> r.nextBoolean();
      case 3 -> StrFormatTest.randomText(r).replace("\ud800", "");
      case 4 -> new Bytes(StrFormatTest.randomText(r).getBytes(StandardCharsets.UTF_8));
      case 5 -> null;
      case 6 -> new Tuple(List.of(1L, "x"));
      case 7 -> List.of(BigInteger.TEN, 2.5);
      case 8 -> bytes ? new Bytes(new byte[] {'q'}) : "s";
      default -> (long) r.nextInt(100);
    };
  }
}
