package dev.kaa.objects;

import dev.kaa.bytecode.CompareOps;
import java.math.BigInteger;

/**
 * {@code slice(start, stop, step)} and the one place that turns a slice into concrete indices for a sequence of a given
 * length (CPython's PySlice_Unpack + PySlice_AdjustIndices), so every sequence type slices alike. Hashable, as in
 * 3.12.
 */
public final class PySlice extends PyObject {
  public static final PyType TYPE = new PyType("slice", PyType.IMMUTABLE, PySlice.class, PyType.OBJECT);

  public final PyObject start, stop, step;

  public PySlice(PyObject start, PyObject stop, PyObject step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newSlice(PyType cls, @PyMethod.Star PyObject[] args) {
    return switch (args.length) {
      case 0 -> throw Errors.typeError("slice expected at least 1 argument, got 0");
      case 1 -> new PySlice(PyNone.NONE, args[0], PyNone.NONE);
      case 2 -> new PySlice(args[0], args[1], PyNone.NONE);
      case 3 -> new PySlice(args[0], args[1], args[2]);
      default -> throw Errors.typeError("slice expected at most 3 arguments, got %d", args.length);
    };
  }

  @PyGetter(value = "start", readonlyMember = true) PyObject start() { return start; }

  @PyGetter(value = "stop", readonlyMember = true) PyObject stop() { return stop; }

  @PyGetter(value = "step", readonlyMember = true) PyObject step() { return step; }

  /**
   * {@code slice.indices(len)}: (start, stop, step) adjusted to a sequence of that length, with ints of any size (a
   * length beyond 64 bits is allowed here, unlike in real indexing).
   */
  @PyMethod("indices") PyObject indicesMethod(PyObject len) {
    BigInteger n = Abstract.index(len).bigValue();
    if (n.signum() < 0) throw Errors.valueError("length should not be negative");
    BigInteger st = step == PyNone.NONE ? BigInteger.ONE : bound(step);
    if (st.signum() == 0) throw Errors.valueError("slice step cannot be zero");
    boolean backward = st.signum() < 0;
    BigInteger lower = backward ? BigInteger.ONE.negate() : BigInteger.ZERO;
    BigInteger upper = backward ? n.subtract(BigInteger.ONE) : n;
    BigInteger lo = start == PyNone.NONE ? (backward ? upper : lower) : clip(bound(start), n, lower, upper);
    BigInteger hi = stop == PyNone.NONE ? (backward ? lower : upper) : clip(bound(stop), n, lower, upper);
    return PyTuple.of(PyInt.of(lo), PyInt.of(hi), PyInt.of(st));
  }

  private static BigInteger clip(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
    if (i.signum() < 0) i = i.add(length);
    return i.max(lower).min(upper);
  }

  /** A bound for {@link #indicesMethod}: an int (by {@code __index__}), with slicing's error otherwise. */
  private static BigInteger bound(PyObject o) {
    if (!Sequences.isIndex(o)) {
      throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }
    return Abstract.index(o).bigValue();
  }

  private PyTuple asTuple() { return PyTuple.of(start, stop, step); }

  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(TYPE, asTuple()); }

  /** Slices compare as the tuples (start, stop, step). */
  private PyObject compare(PyObject other, CompareOps op) {
    return other instanceof PySlice o ? Abstract.richCompare(asTuple(), o.asTuple(), op) : PyNotImplemented.VALUE;
  }

  @PyMethod("__eq__") PyObject eq(PyObject o) { return compare(o, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject o) { return compare(o, CompareOps.NE); }

  @PyMethod("__lt__") PyObject lt(PyObject o) { return compare(o, CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject o) { return compare(o, CompareOps.LE); }

  @PyMethod("__gt__") PyObject gt(PyObject o) { return compare(o, CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject o) { return compare(o, CompareOps.GE); }

  /** Hashable since 3.12: the tuple hash's rounds over (start, stop, step), without the tuple's length term. */
  @PyMethod("__hash__") PyObject hash() {
    long h = PyTuple.mixHashes(new PyObject[] {start, stop, step});
    return PyInt.of(h == -1 ? 1546275796L : h);
  }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("slice(" + Abstract.repr(start).value + ", " + Abstract.repr(stop).value + ", "
        + Abstract.repr(step).value + ")");
  }

  /** Concrete indices: iterate {@code i = start; n times; i += step}. */
  public record Indices(long start, long stop, long step, long length) {}

  /** The indices this slice selects from a sequence of {@code length} items. */
  public Indices indices(long length) { return indices(() -> length); }

  /**
   * The same for a sequence whose length is read after the bounds' {@code __index__} methods have run, which may
   * change it (CPython's PySlice_Unpack, then PySlice_AdjustIndices).
   */
  public Indices indices(java.util.function.LongSupplier currentLength) {
    long st = step == PyNone.NONE ? 1 : clamped(step);
    if (st == 0) throw Errors.valueError("slice step cannot be zero");
    if (st < -Long.MAX_VALUE) st = -Long.MAX_VALUE;  // so that -step cannot overflow
    long lo = start == PyNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : clamped(start);
    long hi = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : clamped(stop);
    long length = currentLength.getAsLong();
    lo = adjust(lo, length, st);
    hi = adjust(hi, length, st);
    long n;
    if (st < 0) n = hi < lo ? (lo - hi - 1) / -st + 1 : 0;
    else n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
    return new Indices(lo, hi, st, n);
  }

  private static long adjust(long i, long length, long step) {
    if (i < 0) {
      i += length;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= length) {
      i = step < 0 ? length - 1 : length;
    }
    return i;
  }

  /** A slice bound as a long, huge ints clamped (CPython's _PyEval_SliceIndex). */
  private static long clamped(PyObject o) {
    if (!(o instanceof PyInt) && o.type().lookupSpecial(Special.INDEX) == null) {
      throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }
    PyInt i = Abstract.index(o);
    if (i.isLong()) return i.longValue();
    return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
  }
}
