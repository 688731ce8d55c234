package dev.kaa.interp;

import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;

/**
 * BINARY_OP in compiled code: one helper per operator, each what {@link NumericFastPaths} answers for two exact ints
 * in long range (and two exact floats, where it is one instruction), else {@link Ops#binary} as the loop. One method
 * per operator keeps each far under C2's inlining limit for hot calls (325 bytes of bytecode), so every site gets
 * the fast path inline: the single helper for all operators this replaces had grown to 367 bytes and was called at
 * every site, not inlined, and the bitwise operators, which it did not cover, went through three more calls
 * (docs/jit.md). The instruction's operator (plain or in-place) still comes in {@code op} for the general path.
 */
final class JitArithmetic {
  private JitArithmetic() {}

  /** Both exact ints in long range: the common case every helper tests first. */
  private static boolean longs(PyObject a, PyObject b) {
    return exactLong(a) && exactLong(b);
  }

  private static boolean doubles(PyObject a, PyObject b) {
    return a.getClass() == PyFloat.class && b.getClass() == PyFloat.class;
  }

  private static long u(PyObject a) { return ((PyInt) a).longValue(); }

  // ---- unboxed ints (docs/jit.md, "Unboxed ints"): generated code does the long arithmetic itself, with these tests

  /** What compiled code holds in an object slot whose value is the int in the slot's long local. */
  static final PyObject UNBOXED = new PyObject() {
    @Override public dev.kaa.objects.PyType type() { throw new IllegalStateException("an unboxed int escaped"); }
  };

  /** An exact int in long range: one compiled code may take unboxed. */
  static boolean exactLong(PyObject a) { return a.getClass() == PyInt.class && ((PyInt) a).isLong(); }

  /** {@link #exactLong}, for a value a local is set to (null: a comprehension restoring its unbound variable). */
  static boolean exactLongOrNull(PyObject a) { return a != null && exactLong(a); }

  static boolean addOverflows(long u, long v) { return ((u ^ (u + v)) & (v ^ (u + v))) < 0; }

  static boolean subtractOverflows(long u, long v) { return ((u ^ v) & (u ^ (u - v))) < 0; }

  static boolean multiplyOverflows(long u, long v) { return Math.multiplyHigh(u, v) != ((u * v) >> 63); }

  private static double f(PyObject a) { return ((PyFloat) a).value; }

  static PyObject add(PyObject a, PyObject b, int op) {
    if (longs(a, b)) {
      long u = u(a), v = u(b), r = u + v;
      if (((u ^ r) & (v ^ r)) >= 0) return PyInt.of(r);
    } else if (doubles(a, b)) {
      return new PyFloat(f(a) + f(b));
    }
    return Ops.binary(a, b, op);
  }

  static PyObject subtract(PyObject a, PyObject b, int op) {
    if (longs(a, b)) {
      long u = u(a), v = u(b), r = u - v;
      if (((u ^ v) & (u ^ r)) >= 0) return PyInt.of(r);
    } else if (doubles(a, b)) {
      return new PyFloat(f(a) - f(b));
    }
    return Ops.binary(a, b, op);
  }

  static PyObject multiply(PyObject a, PyObject b, int op) {
    if (longs(a, b)) {
      long u = u(a), v = u(b), hi = Math.multiplyHigh(u, v), r = u * v;
      if (hi == (r >> 63)) return PyInt.of(r);
    } else if (doubles(a, b)) {
      return new PyFloat(f(a) * f(b));
    }
    return Ops.binary(a, b, op);
  }

  /** {@code //} by a positive int (a zero or negative divisor: the general path's errors and rounding). */
  static PyObject floorDivide(PyObject a, PyObject b, int op) {
    if (longs(a, b) && u(b) > 0) return PyInt.of(Math.floorDiv(u(a), u(b)));
    return Ops.binary(a, b, op);
  }

  static PyObject remainder(PyObject a, PyObject b, int op) {
    if (longs(a, b) && u(b) > 0) return PyInt.of(Math.floorMod(u(a), u(b)));
    return Ops.binary(a, b, op);
  }

  /** {@code /} of two floats by a non-zero one (ints: the general path rounds their quotient once). */
  static PyObject trueDivide(PyObject a, PyObject b, int op) {
    if (doubles(a, b) && f(b) != 0) return new PyFloat(f(a) / f(b));
    return Ops.binary(a, b, op);
  }

  static PyObject and(PyObject a, PyObject b, int op) {
    return longs(a, b) ? PyInt.of(u(a) & u(b)) : Ops.binary(a, b, op);
  }

  static PyObject or(PyObject a, PyObject b, int op) {
    return longs(a, b) ? PyInt.of(u(a) | u(b)) : Ops.binary(a, b, op);
  }

  static PyObject xor(PyObject a, PyObject b, int op) {
    return longs(a, b) ? PyInt.of(u(a) ^ u(b)) : Ops.binary(a, b, op);
  }
}
