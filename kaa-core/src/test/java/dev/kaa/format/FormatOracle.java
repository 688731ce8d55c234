package dev.kaa.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.objects.PyException;
import dev.kaa.testing.CPython;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs many formatting cases through CPython in one process and compares outcomes: each case is a row of text fields,
 * which the script passes to a Python function {@code case(*fields)}; its result, or its exception's type and message,
 * comes back in Python's {@code unicode_escape} form so any text survives the trip.
 */
final class FormatOracle {
  private FormatOracle() {}

  /** Cases per sweep: a few thousand by default, hundreds of thousands with {@code -Dkaa.full=true}. */
  static int cases(int normal, int full) {
    return Boolean.getBoolean("kaa.full") ? full : normal;
  }

  static Random random() {
    return new Random(seed());
  }

  static long seed() {
    return Long.getLong("kaa.test.seed", 20261205L);
  }

  /** Python's {@code s.encode('unicode_escape').decode('ascii')}. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(c -> {
      switch (c) {
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c >= 0x20 && c < 0x7f) out.append((char) c);
          else if (c < 0x100) out.append(String.format("\\x%02x", c));
          else if (c < 0x10000) out.append(String.format("\\u%04x", c));
          else out.append(String.format("\\U%08x", c));
        }
      }
    });
    return out.toString();
  }

  /** A result as the script reports it: {@code =text} or {@code !Type: message}. */
  static String outcome(Supplier<String> run) {
    try {
      return "=" + escape(run.get());
    } catch (PyException e) {
      return "!" + e.pyType().name() + ": " + escape(e.pyMessage() == null ? "" : e.pyMessage());
    }
  }

  /** Runs {@code pythonCase} (defining {@code case(*fields)}) on every row; returns the outcomes in order. */
  static List<String> python(String pythonCase, List<String[]> rows) {
    StringBuilder in = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) in.append(i == 0 ? "" : "\t").append(escape(row[i]));
      in.append('\n');
    }
    String script = pythonCase + """

        import sys, codecs
        def esc(s):
            return s.encode('unicode_escape').decode('ascii')
        out = []
        for line in sys.stdin.read().split('\\n')[:-1]:
            fields = [codecs.decode(f, 'unicode_escape') for f in line.split('\\t')]
            try:
                out.append('=' + esc(case(*fields)))
            except Exception as e:
                out.append('!' + type(e).__name__ + ': ' + esc(str(e)))
        sys.stdout.write('\\n'.join(out) + '\\n')
        """;
    dump(script, in.toString());
    String[] lines = CPython.run(script, in.toString()).split("\n", -1);
    assertEquals(rows.size() + 1, lines.length, "one outcome per case");
    return List.of(lines).subList(0, rows.size());
  }

  /** With {@code -Dkaa.oracle.dump=DIR}, keeps the script and its input there, to rerun a sweep by hand. */
  private static void dump(String script, String input) {
    String dir = System.getProperty("kaa.oracle.dump");
    if (dir == null) return;
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "oracle.py"), script);
      java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "oracle.in"), input);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Compares ours with CPython's on every row; fails listing the first divergences (and how many) with the seed.
   */
  static void compare(String pythonCase, List<String[]> rows, Function<String[], String> ours) {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    List<String> expected = python(pythonCase, rows);
    List<String> failures = new ArrayList<>();
    int divergent = 0;
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      String actual = outcome(() -> ours.apply(row));
      if (!actual.equals(expected.get(i))) {
        divergent++;
        if (failures.size() < 20) {
          failures.add(clip(String.join(" | ", escapeAll(row))) + "\n   python: " + clip(expected.get(i))
              + "\n   kaa:    " + clip(actual));
        }
      }
    }
    long raised = expected.stream().filter(e -> e.startsWith("!")).count();
    System.out.println("[format oracle] " + rows.size() + " cases (" + raised + " raising), " + divergent
        + " divergent (seed " + seed() + ")");
    assertEquals(0, divergent, divergent + " of " + rows.size() + " cases differ (seed " + seed() + "):\n"
        + String.join("\n", failures));
  }

  private static String clip(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  private static List<String> escapeAll(String[] row) {
    List<String> out = new ArrayList<>();
    for (String f : row) out.add(escape(f));
    return out;
  }

  private static final String[] FILLS = {" ", "*", "0", "<", "=", "{", "}", "x", "\u00e9", "\ud83d\ude00", "\n", "z", "#"};

  /** A random format spec: usually well formed, sometimes not, with {@code types} as the presentation types to try. */
  static String randomSpec(Random r, String types) {
    StringBuilder s = new StringBuilder();
    if (r.nextInt(3) == 0) {
      if (r.nextInt(2) == 0) s.append(FILLS[r.nextInt(FILLS.length)]);
      s.append("<>=^".charAt(r.nextInt(4)));
    }
    if (r.nextInt(3) == 0) s.append("+- ".charAt(r.nextInt(3)));
    if (r.nextInt(8) == 0) s.append('z');
    if (r.nextInt(4) == 0) s.append('#');
    if (r.nextInt(4) == 0) s.append('0');
    if (r.nextInt(2) == 0) s.append(r.nextInt(r.nextInt(3) == 0 ? 40 : 12));
    if (r.nextInt(5) == 0) s.append(",_".charAt(r.nextInt(2)));
    if (r.nextInt(3) == 0) {
      s.append('.');
      if (r.nextInt(20) != 0) s.append(r.nextInt(r.nextInt(4) == 0 ? 60 : 8));
    }
    if (r.nextInt(5) != 0) {
      s.append(types.charAt(r.nextInt(types.length())));
    }
    if (r.nextInt(60) == 0) s.insert(r.nextInt(s.length() + 1), "sdx,_.0z#+%\u00e9".charAt(r.nextInt(12)));
    return s.toString();
  }
}
