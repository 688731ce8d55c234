package dev.kaa.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaa.format.JavaValues.Namespace;
import dev.kaa.format.JavaValues.Tuple;
import dev.kaa.objects.PyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrFormatterTest {
  private static String format(String format, List<Object> args, Map<String, Object> kwargs) {
    return StrFormatter.format(format, args, new JavaFields(kwargs));
  }

  @Test
  void fixedCases() {
    Map<String, Object> kwargs = Map.of("width", 5L, "ns", new Namespace(Map.of("attr", Map.of("key", "v"))));
    assertEquals("'v'  |", format("{ns.attr[key]!r:<{width}}|", List.of(), kwargs));
    assertEquals("  5", format("{0:{a}}", List.of(5L), Map.of("a", ">3")));
    assertEquals("21", format("{a}{}", List.of(1L), Map.of("a", 2L)));
    assertEquals("cannot switch from manual field specification to automatic field numbering",
        message(() -> format("{0}{}", List.of(1L), Map.of())));
    assertEquals("Max string recursion exceeded", message(() -> format("{:{:{}}}", List.of(1L, 2L, 3L), Map.of())));
    assertEquals("Single '}' encountered in format string", message(() -> format("{0:}}", List.of(1L), Map.of())));
    assertEquals("Format string contains positional fields",
        message(() -> StrFormatter.formatMap("{0}", new JavaFields(Map.of()))));
  }

  private static String message(Runnable run) {
    return assertThrows(PyException.class, run::run).pyMessage();
  }

  private static final String[] NAMES = {"", "", "", "0", "1", "2", "a", "b", "w", "\u0661", "9"};
  private static final String[] ACCESSORS = {".x", ".y", ".z", "[0]", "[1]", "[k]", "[]", ".", "[", "]", "[-1]"};
  private static final String[] SPECS = {"{}", "{w}", "{0}", "{:{}}", "{w}{}", ">{}", "{a!r}"};

  /** A random format string: usually consistent numbering and valid pieces, sometimes not. */
  private static String randomFormat(Random r, int positional) {
    StringBuilder f = new StringBuilder();
    boolean manual = r.nextBoolean();
    boolean messy = r.nextInt(4) == 0;
    for (int i = r.nextInt(3); i >= 0; i--) {
      if (r.nextInt(3) == 0) f.append(new String[] {"ab", "{{", "}}", "\u00e9", "{", "}", "!"}[r.nextInt(messy ? 7 : 4)]);
      f.append('{');
      if (messy) {
        f.append(NAMES[r.nextInt(NAMES.length)]);
      } else if (r.nextInt(4) == 0) {
        f.append(r.nextBoolean() ? "a" : "w");
      } else if (manual) {
        f.append(r.nextInt(Math.max(1, positional)));
      }
      while (r.nextInt(messy ? 3 : 8) == 0) f.append(ACCESSORS[r.nextInt(ACCESSORS.length)]);
      if (r.nextInt(4) == 0) f.append(new String[] {"!r", "!s", "!a", "!x", "!", "!\u00e9"}[r.nextInt(messy ? 6 : 3)]);
      if (r.nextInt(2) == 0) {
        f.append(':');
        f.append(r.nextInt(4) == 0 ? SPECS[r.nextInt(messy ? SPECS.length : 2)] : FormatOracle.randomSpec(r, "sdfxe"));
      }
      if (!messy || r.nextInt(30) != 0) f.append('}');
    }
    return f.toString();
  }

  /**
   * A random argument. Nested specs ({@code {:{}}}) format arguments into widths, so numbers are either small or beyond
   * any allocation (both sides then fail at once): never a width either side would really build.
   */
  private static Object randomValue(Random r) {
    return switch (r.nextInt(9)) {
      case 0 -> r.nextBoolean() ? (Object) (long) (r.nextInt(2000) - 1000) : IntFormatTest.asRuntimeInt(IntFormatTest.randomInt(r).shiftLeft(41));
      case 1 -> r.nextBoolean() ? (r.nextInt(2001) - 1000) / 8.0 : new double[] {Double.NaN, -0.0, 1e300, 2.5e-8}[r.nextInt(4)];
      case 2 -> StrFormatTest.randomText(r).replace("\ud800", "");
      case 3 -> r.nextBoolean();
      case 4 -> null;
      case 5 -> List.of(7L, "q");
      case 6 -> new Tuple(List.of(2.5));
      case 7 -> new LinkedHashMap<Object, Object>(Map.of("k", 3L, 0L, "zero"));
      default -> new Namespace(new LinkedHashMap<>(Map.of("x", 1L, "y", List.of("s", 9L))));
    };
  }

  @Test
  void matchesCPython() {
    Random r = FormatOracle.random();
    List<String[]> rows = new ArrayList<>();
    List<List<Object>> argsOfRow = new ArrayList<>();
    List<Map<String, Object>> kwargsOfRow = new ArrayList<>();
    for (int i = FormatOracle.cases(5000, 300_000); i > 0; i--) {
      List<Object> args = new ArrayList<>();
      for (int n = r.nextInt(8) == 0 ? r.nextInt(3) : 3 + r.nextInt(3); n > 0; n--) args.add(randomValue(r));
      Map<String, Object> kwargs = new LinkedHashMap<>();
      if (r.nextInt(8) != 0) kwargs.put("a", randomValue(r));
      if (r.nextInt(2) == 0) kwargs.put("b", randomValue(r));
      if (r.nextInt(4) != 0) kwargs.put("w", r.nextBoolean() ? (Object) (long) r.nextInt(12) : ">4");
      argsOfRow.add(args);
      kwargsOfRow.add(kwargs);
      boolean map = r.nextInt(10) == 0;
      rows.add(new String[] {randomFormat(r, args.size()), JavaValues.source(new Tuple(args)),
          JavaValues.source(new LinkedHashMap<Object, Object>(kwargs)), map ? "map" : "", Integer.toString(rows.size())});
    }
    FormatOracle.compare("""
        import types
        def case(f, args, kwargs, map, i):
            if map:
                return f.format_map(eval(kwargs))
            return f.format(*eval(args), **eval(kwargs))
        """, rows, row -> {
          int i = Integer.parseInt(row[4]);
          JavaFields fields = new JavaFields(kwargsOfRow.get(i));
          return row[3].isEmpty() ? StrFormatter.format(row[0], argsOfRow.get(i), fields)
              : StrFormatter.formatMap(row[0], fields);
        });
  }
}
