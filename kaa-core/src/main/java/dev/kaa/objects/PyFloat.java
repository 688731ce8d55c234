package dev.kaa.objects;

import dev.kaa.math.IntMath;
import dev.kaa.math.NumericHash;
import dev.kaa.text.FloatRepr;

/** {@code float}: a {@code double}. repr is the shortest string that round-trips ({@link FloatRepr}). */
public class PyFloat extends PyObject {
  public static final PyType TYPE = new PyType("float", PyType.IMMUTABLE | PyType.BASETYPE, PyFloat.class,
      PyType.OBJECT);

  public final double value;

  public PyFloat(double value) { this.value = value; }

  @Override public PyType type() { return TYPE; }

  @PyMethod("__repr__") public PyObject repr() { return new PyStr(FloatRepr.repr(value)); }

  /** NaN hashes by identity since 3.10, so distinct NaN objects land in distinct dict slots. */
  @PyMethod("__hash__") public PyObject hash() {
    return PyInt.of(Double.isNaN(value) ? NumericHash.identityHash(this) : NumericHash.hashFloat(value));
  }

  /** {@code float == int} compares exactly (no rounding of the int), as CPython. */
  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    return switch (other) {
      case PyFloat f -> PyBool.of(value == f.value);
      case PyInt i -> PyBool.of(!Double.isNaN(value) && IntMath.compareToFloat(i.number(), value) == 0);
      default -> PyNotImplemented.VALUE;
    };
  }

  @Override public String toString() { return FloatRepr.repr(value); }
}
