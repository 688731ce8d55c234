package dev.kaa.objects;

import dev.kaa.math.IntMath;
import java.math.BigInteger;

/**
 * {@code range}: start, stop, step and the length, all ints of any size (CPython's range works beyond 64 bits, only
 * {@code len()} then overflows). Membership of an int, {@code index} and {@code count} are arithmetic, O(1); indexing
 * and slicing compute the item or the sub-range; iteration counts in a long when everything fits.
 */
public final class PyRange extends PyObject {
  public static final PyType TYPE = new PyType("range", PyType.IMMUTABLE, PyRange.class, PyType.OBJECT);

  private final PyInt start, stop, step, length;

  private PyRange(PyInt start, PyInt stop, PyInt step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = lengthOf(start.bigValue(), stop.bigValue(), step.bigValue());
  }

  @Override public PyType type() { return TYPE; }

  /** {@code range(start, stop, step)} with Java values. */
  public static PyRange of(long start, long stop, long step) {
    return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
  }

  /** {@code range(start, stop, step)} with ints of any size. */
  static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
    return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
  }

  private static PyInt lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
    BigInteger span;
    if (step.signum() > 0) {
      if (lo.compareTo(hi) >= 0) return PyInt.of(0);
      span = hi.subtract(lo).subtract(BigInteger.ONE).divide(step);
    } else {
      if (lo.compareTo(hi) <= 0) return PyInt.of(0);
      span = lo.subtract(hi).subtract(BigInteger.ONE).divide(step.negate());
    }
    return PyInt.of(span.add(BigInteger.ONE));
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newRange(PyType cls, @PyMethod.Star PyObject[] args) {
    switch (args.length) {
      case 0 -> throw Errors.typeError("range expected at least 1 argument, got 0");
      case 1 -> {
        return new PyRange(PyInt.of(0), Abstract.index(args[0]), PyInt.of(1));
      }
      case 2, 3 -> {
        PyInt lo = Abstract.index(args[0]), hi = Abstract.index(args[1]);
        PyInt st = args.length == 3 ? Abstract.index(args[2]) : PyInt.of(1);
        if (st.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        return new PyRange(lo, hi, st);
      }
      default -> throw Errors.typeError("range expected at most 3 arguments, got %d", args.length);
    }
  }

  @PyGetter("start") PyObject start() { return start; }

  @PyGetter("stop") PyObject stop() { return stop; }

  @PyGetter("step") PyObject step() { return step; }

  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(TYPE, PyTuple.of(start, stop, step)); }

  /** The number of items, as a long; OverflowError when it does not fit (as CPython's len()). */
  public long size() {
    if (!length.isLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
    return length.longValue();
  }

  @PyMethod("__len__") PyObject len() {
    size();
    return length;
  }

  @PyMethod("__bool__") PyObject bool() { return PyBool.of(length.signum() != 0); }

  /** The item at position {@code i} (0 <= i < length). */
  private PyInt at(BigInteger i) { return PyInt.of(start.bigValue().add(i.multiply(step.bigValue()))); }

  @PyMethod("__getitem__") PyObject getItem(PyObject key) {
    if (Sequences.isIndex(key)) {
      BigInteger i = Abstract.index(key).bigValue();
      if (i.signum() < 0) i = i.add(length.bigValue());
      if (i.signum() < 0 || i.compareTo(length.bigValue()) >= 0) {
        throw Errors.indexError("range object index out of range");
      }
      return at(i);
    }
    if (key instanceof PySlice s) return slice(s);
    throw Errors.typeError("range indices must be integers or slices, not %s", key.type().name());
  }

  /** {@code r[a:b:c]}: the range of the selected items, computed from the slice's adjusted indices. */
  private PyRange slice(PySlice s) {
    BigInteger len = length.bigValue();
    BigInteger sliceStep = s.step == PyNone.NONE ? BigInteger.ONE : Abstract.index(s.step).bigValue();
    if (sliceStep.signum() == 0) throw Errors.valueError("slice step cannot be zero");
    boolean down = sliceStep.signum() < 0;
    BigInteger lo = bound(s.start, len, down, down ? len.subtract(BigInteger.ONE) : BigInteger.ZERO);
    BigInteger hi = bound(s.stop, len, down, down ? BigInteger.ONE.negate() : len);
    BigInteger st = step.bigValue();
    return new PyRange(PyInt.of(start.bigValue().add(lo.multiply(st))),
        PyInt.of(start.bigValue().add(hi.multiply(st))), PyInt.of(st.multiply(sliceStep)));
  }

  /** A slice bound adjusted to the length (CPython's rules for a slice of a sequence, with ints of any size). */
  private static BigInteger bound(PyObject o, BigInteger len, boolean down, BigInteger absent) {
    if (o == PyNone.NONE) return absent;
    BigInteger i = Abstract.index(o).bigValue();
    if (i.signum() < 0) {
      i = i.add(len);
      if (i.signum() < 0) i = down ? BigInteger.ONE.negate() : BigInteger.ZERO;
    } else if (i.compareTo(len) >= 0) {
      i = down ? len.subtract(BigInteger.ONE) : len;
    }
    return i;
  }

  /** The position of int {@code x} in this range, or null. */
  private BigInteger positionOf(PyInt x) {
    BigInteger v = x.bigValue(), lo = start.bigValue(), hi = stop.bigValue(), st = step.bigValue();
    boolean inside = st.signum() > 0 ? lo.compareTo(v) <= 0 && v.compareTo(hi) < 0
        : hi.compareTo(v) < 0 && v.compareTo(lo) <= 0;
    if (!inside) return null;
    BigInteger[] qr = v.subtract(lo).divideAndRemainder(st);
    return qr[1].signum() == 0 ? qr[0] : null;
  }

  private static boolean isExactInt(PyObject o) { return o.type() == PyInt.TYPE || o.type() == PyBool.TYPE; }

  @PyMethod("__contains__") PyObject contains(PyObject x) {
    if (isExactInt(x)) return PyBool.of(positionOf((PyInt) x) != null);
    PyObject it = iter();
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) if (Abstract.equals(v, x)) return PyBool.TRUE;
    return PyBool.FALSE;
  }

  @PyMethod PyObject index(PyObject value) {
    if (isExactInt(value)) {
      BigInteger p = positionOf((PyInt) value);
      if (p == null) throw Errors.valueError("%s is not in range", Abstract.repr(value).value);
      return PyInt.of(p);
    }
    long n = 0;
    PyObject it = iter();
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), n++) {
      if (Abstract.equals(v, value)) return PyInt.of(n);
    }
    throw Errors.valueError("sequence.index(x): x not in sequence");
  }

  @PyMethod PyObject count(PyObject value) {
    if (isExactInt(value)) return PyInt.of(positionOf((PyInt) value) != null ? 1 : 0);
    long n = 0;
    PyObject it = iter();
    for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) if (Abstract.equals(v, value)) n++;
    return PyInt.of(n);
  }

  @PyMethod("__iter__") PyObject iter() { return PyRangeIterator.over(start, step, length); }

  @PyMethod("__reversed__") PyObject reversed() {
    BigInteger len = length.bigValue();
    PyInt last = len.signum() == 0 ? start : at(len.subtract(BigInteger.ONE));
    return PyRangeIterator.over(last, PyInt.of(step.bigValue().negate()), length);
  }

  /** Equal ranges are the same sequence: lengths, then (when not empty) starts, then (when longer than 1) steps. */
  private boolean sameSequence(PyRange o) {
    if (this == o) return true;
    if (IntMath.compare(length.number(), o.length.number()) != 0) return false;
    if (length.signum() == 0) return true;
    if (IntMath.compare(start.number(), o.start.number()) != 0) return false;
    if (length.isLong() && length.longValue() == 1) return true;
    return IntMath.compare(step.number(), o.step.number()) == 0;
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    return other instanceof PyRange o ? PyBool.of(sameSequence(o)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ne__") PyObject ne(PyObject other) {
    return other instanceof PyRange o ? PyBool.of(!sameSequence(o)) : PyNotImplemented.VALUE;
  }

  /** As CPython: the hash of (len, start, step), with None for what equality ignores. */
  @PyMethod("__hash__") PyObject hash() {
    boolean empty = length.signum() == 0, single = length.isLong() && length.longValue() == 1;
    PyTuple key = PyTuple.of(length, empty ? PyNone.NONE : start, empty || single ? PyNone.NONE : step);
    return PyInt.of(key.hashValue());
  }

  @PyMethod("__repr__") PyObject repr() {
    String s = "range(" + start + ", " + stop;
    return new PyStr(step.isLong() && step.longValue() == 1 ? s + ")" : s + ", " + step + ")");
  }
}
