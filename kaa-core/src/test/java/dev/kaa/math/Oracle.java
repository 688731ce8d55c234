package dev.kaa.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.objects.PyException;
import dev.kaa.testing.CPython;
import dev.kaa.text.FloatRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A batch of cases checked against CPython 3.12 in one run: each case is a Python expression and the Java computation
 * that must print the same (a value's repr, or {@code !Type: message} for an exception).
 */
final class Oracle {
  /** Cases per sweep: a few thousand by default, thirty times more with {@code -Dkaa.full=true}. */
  static int count(int normal) {
    return Boolean.getBoolean("kaa.full") ? normal * 30 : normal;
  }

  static long seed() {
    return Long.getLong("kaa.test.seed", 20261205L);
  }

  /** {@code tolerance}: 0 for an exact comparison, else the relative error allowed to a libm result. */
  private record Case(String expr, Supplier<Object> ours, double tolerance) {}

  private final List<Case> cases = new ArrayList<>();
  private final String prelude;

  Oracle() {
    this("sys.set_int_max_str_digits(0)");
  }

  /** {@code prelude}: Python statements run before the cases (after {@code import sys, math}). */
  Oracle(String prelude) {
    this.prelude = prelude;
  }

  void add(String pythonExpr, Supplier<Object> ours) {
    cases.add(new Case(pythonExpr, ours, 0));
  }

  /**
   * A case whose result comes from the C library's {@code pow}, {@code atan2}, {@code cos}..., which the JDK computes
   * with different last bits than glibc: a near miss ({@link #nearlyEqual}) is counted and reported, not failed.
   */
  void addLibm(String pythonExpr, Supplier<Object> ours) {
    addLibm(pythonExpr, ours, 1e-12);
  }

  /** As {@link #addLibm(String, Supplier)}, for a result whose libm error is amplified: within {@code tolerance}. */
  void addLibm(String pythonExpr, Supplier<Object> ours, double tolerance) {
    cases.add(new Case(pythonExpr, ours, tolerance));
  }

  int size() {
    return cases.size();
  }

  /** Runs CPython once on every case, compares, and fails listing the first divergences. */
  void check(String what) {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    StringBuilder in = new StringBuilder();
    for (Case c : cases) {
      if (c.expr().indexOf('\n') >= 0 || c.expr().indexOf('\r') >= 0) throw new IllegalArgumentException(c.expr());
      in.append(c.expr()).append('\n');
    }
    String script = "import sys, math\n" + prelude + "\n" + """
        from fractions import Fraction
        inf = float('inf'); nan = float('nan')
        out = []
        for line in sys.stdin.read().split('\\n')[:-1]:
            limit = sys.get_int_max_str_digits()
            try:
                value = eval(line)
                sys.set_int_max_str_digits(0)
                out.append(repr(value))
            except Exception as e:
                out.append('!' + type(e).__name__ + ': ' + str(e))
            sys.set_int_max_str_digits(limit)
        sys.stdout.write('\\n'.join(out) + '\\n')
        """;
    String[] expected = CPython.run(script, in.toString()).split("\n", -1);
    assertEquals(cases.size() + 1, expected.length, "one answer per case");
    List<String> divergences = new ArrayList<>();
    int diverging = 0, ulps = 0;
    for (int i = 0; i < cases.size(); i++) {
      String ours = show(cases.get(i).ours());
      if (!ours.equals(expected[i]) && cases.get(i).tolerance() > 0 && nearlyEqual(ours, expected[i], cases.get(i).tolerance())) {
        ulps++;
      } else if (!ours.equals(expected[i])) {
        diverging++;
        if (divergences.size() < 15) {
          divergences.add(cases.get(i).expr() + "\n    python: " + expected[i] + "\n    kaa:    " + ours);
        }
      }
    }
    System.out.printf("%s: %d cases checked against CPython, %d diverge, %d differ in the last bits of libm results (seed %d)%n",
        what, cases.size(), diverging, ulps, seed());
    if (diverging > 0) fail(what + ": " + diverging + " of " + cases.size() + " diverge\n" + String.join("\n", divergences));
  }

  /**
   * True when both results are floats or tuples of floats, each pair within one ulp or within {@code tolerance} of the
   * largest part (zeros of either sign are close).
   */
  static boolean nearlyEqual(String ours, String theirs, double tolerance) {
    String[] a = ours.replaceAll("[()]", "").split(", "), b = theirs.replaceAll("[()]", "").split(", ");
    if (a.length != b.length) return false;
    try {
      double scale = 0;
      for (String part : b) scale = Math.max(scale, Math.abs(Double.parseDouble(part)));
      for (int i = 0; i < a.length; i++) {
        double x = Double.parseDouble(a[i]), y = Double.parseDouble(b[i]);
        boolean close = x == y || Math.nextUp(x) == y || Math.nextDown(x) == y || Math.abs(x - y) <= tolerance * scale;
        if (!close) return false;
      }
      return true;
    } catch (NumberFormatException notNumbers) {
      return false;
    }
  }

  private static String show(Supplier<Object> ours) {
    try {
      return show(ours.get());
    } catch (PyException e) {
      return "!" + e.pyType().name() + ": " + (e.pyMessage() == null ? "" : e.pyMessage());
    }
  }

  static String show(Object v) {
    if (v instanceof BigInteger b && b.bitLength() < 64) return "NOT NORMALISED " + b;
    if (v instanceof Double d) return FloatRepr.repr(d);
    if (v instanceof Boolean b) return b ? "True" : "False";
    if (v instanceof Number[] t) return "(" + show(t[0]) + ", " + show(t[1]) + ")";
    if (v instanceof double[] t) return t.length == 2 ? "(" + show(t[0]) + ", " + show(t[1]) + ")" : "?";
    if (v instanceof Object[] t) {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < t.length; i++) sb.append(i > 0 ? ", " : "").append(show(t[i]));
      return sb.append(t.length == 1 ? ",)" : ")").toString();
    }
    return String.valueOf(v);
  }

  /** A Python literal for an int or float value (floats by repr, which round-trips; inf and nan are names). */
  static String lit(Object v) {
    if (v instanceof Double d) {
      String r = FloatRepr.repr(d);
      return d < 0 || r.startsWith("-") ? "(" + r + ")" : r;
    }
    String s = v.toString();
    return s.startsWith("-") ? "(" + s + ")" : s;
  }
}
