package dev.kaa.modules.math;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.math.FloatMath;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
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

  /**
   * {@code sumprod(p, q)} in CPython's three stages, whose switch points the result can show: exact ints summed in 64
   * bits while they fit, then float products (a float with a float, int or bool) summed exactly and rounded once, then
   * Python's {@code +} and {@code *} for the rest. A stage that ends is never resumed, and each stage's subtotal is
   * added to the running total with {@code +} when it ends.
   */
  @PyMethod static PyObject sumprod(PyModule self, PyObject p, PyObject q) {
    PyObject pi = Abstract.iter(p), qi = Abstract.iter(q);
    PyObject total = PyInt.ZERO;
    boolean intStage = true, floatStage = true;
    long intTotal = 0;
    boolean intTotalUsed = false;
    BigDecimal floatTotal = null;  // null while unused
    while (true) {
      PyObject a = Abstract.next(pi), b = Abstract.next(qi);
      if ((a == null) != (b == null)) throw Errors.valueError("Inputs are not the same length");
      boolean finished = a == null;
      if (intStage) {
        Long sum = finished ? null : addedProduct(intTotal, a, b);
        if (sum != null) {
          intTotal = sum;
          intTotalUsed = true;
          continue;
        }
        intStage = false;
        if (intTotalUsed) total = Abstract.binaryOp(total, PyInt.of(intTotal), BinaryOps.ADD);
      }
      if (floatStage) {
        BigDecimal sum = finished ? null : addedProduct(floatTotal, a, b);
        if (sum != null) {
          floatTotal = sum;
          continue;
        }
        floatStage = false;
        if (floatTotal != null) total = Abstract.binaryOp(total, new PyFloat(floatTotal.doubleValue()), BinaryOps.ADD);
      }
      if (finished) return total;
      total = Abstract.binaryOp(total, Abstract.binaryOp(a, b, BinaryOps.MULTIPLY), BinaryOps.ADD);
    }
  }

  /** {@code total + a*b} for two exact ints when everything fits in 64 bits; else null. */
  private static Long addedProduct(long total, PyObject a, PyObject b) {
    if (a.type() != PyInt.TYPE || b.type() != PyInt.TYPE) return null;
    PyInt x = (PyInt) a, y = (PyInt) b;
    if (!x.isLong() || !y.isLong()) return null;
    try {
      return Math.addExact(total, Math.multiplyExact(x.longValue(), y.longValue()));
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  /**
   * {@code total + a*b}, exact, for a float with a float, an exact int or a bool, when both are finite and the sum
   * stays within the float range; else null.
   */
  private static BigDecimal addedProduct(BigDecimal total, PyObject a, PyObject b) {
    boolean af = a.type() == PyFloat.TYPE, bf = b.type() == PyFloat.TYPE;
    if (!(af && bf) && !(af && isIntLike(b)) && !(bf && isIntLike(a))) return null;
    double x = asDouble(a), y = asDouble(b);
    if (!Double.isFinite(x) || !Double.isFinite(y)) return null;
    BigDecimal sum = new BigDecimal(x).multiply(new BigDecimal(y));
    if (total != null) sum = sum.add(total);
    return Double.isFinite(sum.doubleValue()) ? sum : null;
  }

  private static boolean isIntLike(PyObject o) { return o.type() == PyInt.TYPE || o.type() == PyBool.TYPE; }

  /** A float's value, or an int's as a double (infinite when it is too large: the stage then ends). */
  private static double asDouble(PyObject o) {
    if (o instanceof PyFloat f) return f.value;
    PyInt i = (PyInt) o;
    return i.isLong() ? (double) i.longValue() : i.bigValue().doubleValue();  // both round half-even
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
    double h = sum.sqrt(MathContext.DECIMAL128).doubleValue();  // 34 digits: no false overflow near the largest float
    if (Double.isInfinite(h)) return h;
    return roundedRoot(sum, h);
  }

  /** h corrected to the float nearest the square root of {@code square} (ties to even), from one ulp away. */
  private static double roundedRoot(BigDecimal square, double h) {
    for (int step = 0; step < 2; step++) {
      BigDecimal exact = new BigDecimal(h), two = BigDecimal.valueOf(2);
      // above the largest float, the gap to the next (infinity) is taken to be one more ulp, as rounding does
      BigDecimal gapUp = h == Double.MAX_VALUE ? new BigDecimal(Math.ulp(h))
          : new BigDecimal(Math.nextUp(h)).subtract(exact);
      BigDecimal upper = exact.add(gapUp.divide(two));
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
