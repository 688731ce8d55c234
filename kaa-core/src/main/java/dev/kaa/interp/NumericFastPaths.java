package dev.kaa.interp;

import static dev.kaa.bytecode.BinaryOps.*;

import dev.kaa.math.FloatMath;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;

/**
 * The eval loop's arithmetic and comparisons on exact {@code int} and {@code float} operands, mixed too, computed
 * without the special-method protocol: on longs and doubles directly, on big ints by int's own methods. Exact classes
 * only: a subclass may override any dunder, and {@code int}/{@code float} themselves cannot be changed, so for these
 * operands the protocol's answer is known. Each method answers null (or {@link #UNKNOWN}) when the general path must
 * decide (a float meeting a big int, an operator without a fast path). Small methods, so that HotSpot inlines them
 * into the loop (docs/numbers.md, "The objects").
 */
final class NumericFastPaths {
  private NumericFastPaths() {}

  /** Whether a long converts to a double exactly (within 2**53 of zero, as every double's neighbours are). */
  private static boolean exactInDouble(long v) { return v >= -(1L << 53) && v <= 1L << 53; }

  /** {@code a op b} (a BINARY_OP operand, plain or in-place) for exact ints and floats; null when not handled. */
  static PyObject binary(PyObject a, PyObject b, int op) {
    int plain = op >= OP_INPLACE ? op - OP_INPLACE : op;
    Class<?> ca = a.getClass(), cb = b.getClass();
    if (ca == PyFloat.class) {
      if (cb == PyFloat.class) return doubles(((PyFloat) a).value, ((PyFloat) b).value, plain);
      if (cb == PyInt.class && ((PyInt) b).isLong()) return doubles(((PyFloat) a).value, ((PyInt) b).longValue(), plain);
    } else if (ca == PyInt.class) {
      PyInt x = (PyInt) a;
      if (cb == PyInt.class) {
        PyInt y = (PyInt) b;
        PyObject r = x.isLong() && y.isLong() ? longs(x.longValue(), y.longValue(), plain) : null;
        return r != null ? r : ints(x, y, plain);
      }
      if (cb == PyFloat.class && x.isLong()) return doubles(x.longValue(), ((PyFloat) b).value, plain);
    }
    return null;
  }

  /**
   * Two exact ints the long path left (big values, overflow, {@code **}, a zero divisor): int's own method, the one
   * the protocol would call, without the lookup and the call through its descriptor.
   */
  private static PyObject ints(PyInt a, PyInt b, int op) {
    return switch (op) {
      case OP_ADD -> a.add(b);
      case OP_SUBTRACT -> a.sub(b);
      case OP_MULTIPLY -> a.mul(b);
      case OP_FLOOR_DIVIDE -> a.floorDiv(b);
      case OP_REMAINDER -> a.mod(b);
      case OP_TRUE_DIVIDE -> a.trueDiv(b);
      case OP_POWER -> a.pow(b, null);
      case OP_LSHIFT -> a.lshift(b);
      case OP_RSHIFT -> a.rshift(b);
      case OP_AND -> a.and(b);
      case OP_OR -> a.or(b);
      case OP_XOR -> a.xor(b);
      default -> null;
    };
  }

  /**
   * Long arithmetic with Python's floor rules and exact overflow checks; null when the result needs a big int, the
   * operation raises, or the operator has no fast path here.
   */
  private static PyObject longs(long u, long v, int op) {
    switch (op) {
      case OP_ADD -> {
        long r = u + v;
        return ((u ^ r) & (v ^ r)) < 0 ? null : PyInt.of(r);
      }
      case OP_SUBTRACT -> {
        long r = u - v;
        return ((u ^ v) & (u ^ r)) < 0 ? null : PyInt.of(r);
      }
      case OP_MULTIPLY -> {
        long hi = Math.multiplyHigh(u, v), r = u * v;
        return hi == (r >> 63) ? PyInt.of(r) : null;
      }
      case OP_FLOOR_DIVIDE -> {
        return v == 0 || (u == Long.MIN_VALUE && v == -1) ? null : PyInt.of(Math.floorDiv(u, v));
      }
      case OP_REMAINDER -> {
        return v == 0 ? null : PyInt.of(Math.floorMod(u, v));
      }
      case OP_TRUE_DIVIDE -> {
        // both exact as doubles, so the one rounding of the division is the correctly rounded quotient
        return v == 0 || !exactInDouble(u) || !exactInDouble(v) ? null
            : new PyFloat((double) u / (double) v);
      }
      case OP_AND -> {
        return PyInt.of(u & v);
      }
      case OP_OR -> {
        return PyInt.of(u | v);
      }
      case OP_XOR -> {
        return PyInt.of(u ^ v);
      }
      case OP_RSHIFT -> {
        return v < 0 ? null : PyInt.of(u >> Math.min(v, 63));
      }
      case OP_LSHIFT -> {
        if (v < 0 || v > 63) return null;
        long r = u << v;
        return r >> v == u ? PyInt.of(r) : null;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Float arithmetic (an int operand already converted, exactly as float's methods convert it); null for an
   * operator without a fast path. Division by zero and overflow raise from {@link FloatMath} as float's methods do.
   */
  private static PyObject doubles(double u, double v, int op) {
    return switch (op) {
      case OP_ADD -> new PyFloat(u + v);
      case OP_SUBTRACT -> new PyFloat(u - v);
      case OP_MULTIPLY -> new PyFloat(u * v);
      case OP_TRUE_DIVIDE -> v == 0 ? null : new PyFloat(u / v);
      case OP_FLOOR_DIVIDE -> new PyFloat(FloatMath.floorDiv(u, v));
      case OP_REMAINDER -> new PyFloat(FloatMath.mod(u, v));
      case OP_POWER -> FloatMath.powIsComplex(u, v) ? null : new PyFloat(FloatMath.pow(u, v));
      default -> null;
    };
  }

  /** {@link #compare}'s answer when the general path must decide. */
  static final int UNKNOWN = -1;

  /** CompareOps ordinals. */
  private static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4;

  /**
   * {@code a op b} (a COMPARE_OP operand) for exact ints and floats: 1 when it holds, 0 when not, {@link #UNKNOWN}
   * otherwise. An int meets a float as a double only when it converts exactly; other mixed comparisons stay exact
   * in float's methods.
   */
  static int compare(PyObject a, PyObject b, int op) {
    Class<?> ca = a.getClass(), cb = b.getClass();
    if (ca == PyInt.class) {
      if (cb == PyInt.class) return holds(PyInt.compare((PyInt) a, (PyInt) b), op);
      long u = ((PyInt) a).longValue();
      if (cb == PyFloat.class && ((PyInt) a).isLong() && exactInDouble(u)) {
        return doublesHold(u, ((PyFloat) b).value, op);
      }
    } else if (ca == PyFloat.class) {
      double u = ((PyFloat) a).value;
      if (cb == PyFloat.class) return doublesHold(u, ((PyFloat) b).value, op);
      if (cb == PyInt.class && ((PyInt) b).isLong()) {
        long v = ((PyInt) b).longValue();
        if (exactInDouble(v)) return doublesHold(u, v, op);
      }
    }
    return UNKNOWN;
  }

  /** NaN is unordered: only {@code !=} holds. Otherwise -0.0 and 0.0 are equal, as {@code <} and {@code >} say. */
  private static int doublesHold(double u, double v, int op) {
    if (u != u || v != v) return op == NE ? 1 : 0;
    return holds(u < v ? -1 : u > v ? 1 : 0, op);
  }

  /** 1 when comparison {@code op} holds for the three-way result {@code c}, else 0. */
  private static int holds(int c, int op) {
    boolean r = switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
      case GT -> c > 0;
      default -> c >= 0;
    };
    return r ? 1 : 0;
  }

  /** {@code -a} for an exact int or float; null when not handled. */
  static PyObject negative(PyObject a) {
    if (a.getClass() == PyFloat.class) return new PyFloat(-((PyFloat) a).value);
    if (a.getClass() == PyInt.class && ((PyInt) a).isLong() && ((PyInt) a).longValue() != Long.MIN_VALUE) {
      return PyInt.of(-((PyInt) a).longValue());
    }
    return null;
  }
}
