package dev.kaa.objects;

import dev.kaa.math.IntMath;
import dev.kaa.math.NumericHash;
import dev.kaa.text.IntRepr;
import java.math.BigInteger;

/**
 * {@code int}: a {@code long} when the value fits, else a {@link BigInteger} — never both, so equal values have one
 * form and the fast path is a null check. Values -5..256 are cached (immutable, so shared by every interpreter).
 * Arithmetic is {@link IntMath}'s; the eval loop adds long fast paths inline. The special methods here are the
 * pattern the rest of {@code int} follows: an operand of another type answers NotImplemented.
 */
public class PyInt extends PyObject {
  public static final PyType TYPE = new PyType("int", PyType.IMMUTABLE | PyType.BASETYPE, PyInt.class, PyType.OBJECT);

  private static final int SMALL_MIN = -5, SMALL_MAX = 256;
  private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

  static {
    for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i + SMALL_MIN, null);
  }

  private final long value;
  /** Non-null exactly when the value does not fit in a long. */
  private final BigInteger big;

  PyInt(long value, BigInteger big) {
    this.value = value;
    this.big = big;
  }

  public static PyInt of(long v) {
    return v >= SMALL_MIN && v <= SMALL_MAX ? SMALL[(int) v - SMALL_MIN] : new PyInt(v, null);
  }

  public static PyInt of(BigInteger v) {
    return v.bitLength() < 64 ? of(v.longValue()) : new PyInt(0, v);
  }

  /** From {@link IntMath}'s results: a Long or a BigInteger. */
  public static PyInt of(Number v) {
    return v instanceof BigInteger b ? of(b) : of(v.longValue());
  }

  @Override public PyType type() { return TYPE; }

  /** True when the value fits in a long ({@link #longValue()} is exact). */
  public final boolean isLong() { return big == null; }

  /** The value; only meaningful when {@link #isLong()}. */
  public final long longValue() { return value; }

  public final BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(value); }

  /** The value as {@link IntMath} takes it. */
  public final Number number() { return big != null ? big : (Number) value; }

  public final int signum() { return big != null ? big.signum() : Long.signum(value); }

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr(big == null ? IntRepr.repr(value) : IntRepr.repr(big));
  }

  @PyMethod("__hash__") public PyObject hash() {
    return of(NumericHash.hashInt(number()));
  }

  @PyMethod("__bool__") public PyObject bool() { return PyBool.of(signum() != 0); }

  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(IntMath.compare(number(), o.number()) == 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(IntMath.compare(number(), o.number()) != 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__lt__") public PyObject lt(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(IntMath.compare(number(), o.number()) < 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__add__") public PyObject add(PyObject other) {
    return other instanceof PyInt o ? of(IntMath.add(number(), o.number())) : PyNotImplemented.VALUE;
  }

  @PyMethod("__radd__") public PyObject radd(PyObject other) {
    return other instanceof PyInt o ? of(IntMath.add(o.number(), number())) : PyNotImplemented.VALUE;
  }

  @PyMethod("__sub__") public PyObject sub(PyObject other) {
    return other instanceof PyInt o ? of(IntMath.sub(number(), o.number())) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rsub__") public PyObject rsub(PyObject other) {
    return other instanceof PyInt o ? of(IntMath.sub(o.number(), number())) : PyNotImplemented.VALUE;
  }

  @Override public String toString() { return big == null ? Long.toString(value) : big.toString(); }
}
