package dev.kaa.modules.math;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.math.FloatMath;
import dev.kaa.math.IntMath;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.PyModule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code math}'s sums, products and norms. {@code fsum}, {@code sumprod} over floats, {@code hypot} and {@code dist}
 * are exact before their one final rounding, as CPython's aim to be (it gets there "in most cases").
 */
final class MathSums {
  private MathSums() {}

  @PyMethod static PyObject fsum(PyModule self, PyObject seq) {
    double[] partials = new double[8];
    int n = 0;
    double specialSum = 0.0, infSum = 0.0;
    PyObject it = Abstract.iter(seq);
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
      double x = Abstract.floatValue(item), original = x;
      int kept = 0;
      for (int i = 0; i < n; i++) {  // Shewchuk: keep the partials exact, non-overlapping
        double y = partials[i];
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0) partials[kept++] = lo;
        x = hi;
      }
      n = kept;
      if (x == 0.0) continue;
      if (!Double.isFinite(x)) {
        if (Double.isFinite(original)) throw Errors.overflowError("intermediate overflow in fsum");
        if (Double.isInfinite(original)) infSum += original;
        specialSum += original;
        n = 0;
      } else {
        if (n == partials.length) partials = Arrays.copyOf(partials, n * 2);
        partials[n++] = x;
      }
    }
    if (specialSum != 0.0) {
      if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
      return new PyFloat(specialSum);
    }
    return new PyFloat(roundPartials(partials, n));
  }

  /** The sum of non-overlapping partials (increasing magnitude) rounded once, half to even. */
  private static double roundPartials(double[] partials, int n) {
    if (n == 0) return 0.0;
    double hi = partials[--n], lo = 0.0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // the rest may push a half-way lo over the edge: round hi + lo by hand
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2, x = hi + y;
      if (y == x - hi) hi = x;
    }
    return hi;
  }

  @PyMethod static PyObject prod(PyModule self, PyObject iterable, @PyMethod.KwOnly @PyMethod.Opt PyObject start) {
    PyObject result = start == null ? PyInt.ONE : start;
    PyObject it = Abstract.iter(iterable);
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
      result = Abstract.binaryOp(result, item, BinaryOps.MULTIPLY);
    }
    return result;
  }

  @PyMethod static PyObject sumprod(PyModule self, PyObject p, PyObject q) {
    PyObject pi = Abstract.iter(p), qi = Abstract.iter(q);
    ExactDot dot = new ExactDot();
    PyObject total = null;  // once a pair is not int or float: the Python-level sum so far
    while (true) {
      PyObject a = Abstract.next(pi), b = Abstract.next(qi);
      if (a == null || b == null) {
        if (a != null || b != null) throw Errors.valueError("Inputs are not the same length");
        return total != null ? total : dot.result();
      }
      if (total == null && dot.accepts(a, b)) {
        dot.add(a, b);
        continue;
      }
      if (total == null) total = dot.result();
      total = Abstract.binaryOp(total, Abstract.binaryOp(a, b, BinaryOps.MULTIPLY), BinaryOps.ADD);
    }
  }

  /** Products of exact ints and floats summed without rounding: an int part, an exact float part, and infinities. */
  private static final class ExactDot {
    private Number ints = 0L;
    private BigDecimal floats;
    private double special = 0.0;

    boolean accepts(PyObject a, PyObject b) {
      return (a.type() == PyInt.TYPE || a.type() == PyFloat.TYPE) && (b.type() == PyInt.TYPE || b.type() == PyFloat.TYPE);
    }

    void add(PyObject a, PyObject b) {
      if (a instanceof PyInt x && b instanceof PyInt y) {
        ints = IntMath.add(ints, IntMath.mul(x.number(), y.number()));
        return;
      }
      double x = Abstract.floatValue(a), y = Abstract.floatValue(b);
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        special += x * y;
        return;
      }
      BigDecimal product = new BigDecimal(x).multiply(new BigDecimal(y));
      floats = floats == null ? product : floats.add(product);
    }

    PyObject result() {
      if (floats == null && special == 0.0) return PyInt.of(ints);
      BigDecimal exact = floats == null ? BigDecimal.ZERO : floats;
      if (IntMath.signum(ints) != 0) exact = exact.add(new BigDecimal(IntMath.big(ints)));
      double rounded = exact.doubleValue();
      return new PyFloat(special + rounded);
    }
  }

  @PyMethod static PyObject hypot(PyModule self, @PyMethod.Star PyObject[] coordinates) {
    double[] v = new double[coordinates.length];
    for (int i = 0; i < v.length; i++) v[i] = Abstract.floatValue(coordinates[i]);
    return new PyFloat(norm(v));
  }

  @PyMethod static PyObject dist(PyModule self, PyObject p, PyObject q) {
    List<PyObject> a = items(p), b = items(q);
    if (a.size() != b.size()) throw Errors.valueError("both points must have the same number of dimensions");
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) v[i] = Abstract.floatValue(a.get(i)) - Abstract.floatValue(b.get(i));
    return new PyFloat(norm(v));
  }

  private static List<PyObject> items(PyObject iterable) {
    List<PyObject> items = new ArrayList<>();
    PyObject it = Abstract.iter(iterable);
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) items.add(item);
    return items;
  }

  /** The Euclidean norm correctly rounded: an infinity wins over a NaN, as in CPython. */
  static double norm(double[] v) {
    double max = 0.0;
    boolean nan = false;
    for (double x : v) {
      if (Double.isNaN(x)) {
        nan = true;
      } else {
        max = Math.max(max, Math.abs(x));
      }
    }
    if (Double.isInfinite(max)) return max;
    if (nan) return Double.NaN;
    if (max == 0.0 || v.length <= 1) return max;
    if (v.length == 2) return FloatMath.hypot(v[0], v[1]);
    BigDecimal sum = BigDecimal.ZERO;
    for (double x : v) {
      BigDecimal d = new BigDecimal(x);
      sum = sum.add(d.multiply(d));
    }
    double h = sum.sqrt(MathContext.DECIMAL64).doubleValue();
    if (Double.isInfinite(h)) return h;
    return roundedRoot(sum, h);
  }

  /** h corrected to the float nearest the square root of {@code square} (ties to even), from one ulp away. */
  private static double roundedRoot(BigDecimal square, double h) {
    for (int step = 0; step < 2; step++) {
      BigDecimal exact = new BigDecimal(h), two = BigDecimal.valueOf(2);
      BigDecimal upper = exact.add(new BigDecimal(Math.nextUp(h)).subtract(exact).divide(two));
      BigDecimal lower = exact.subtract(exact.subtract(new BigDecimal(Math.nextDown(h))).divide(two));
      int vsUpper = square.compareTo(upper.multiply(upper)), vsLower = square.compareTo(lower.multiply(lower));
      boolean even = (Double.doubleToRawLongBits(h) & 1) == 0;
      if (vsUpper > 0 || (vsUpper == 0 && !even)) {
        h = Math.nextUp(h);
      } else if (vsLower < 0 || (vsLower == 0 && !even)) {
        h = Math.nextDown(h);
      } else {
        return h;
      }
    }
    return h;
  }
}
