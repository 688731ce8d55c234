package dev.kaa.objects;

/**
 * {@code slice(start, stop, step)} and the one place that turns a slice into concrete indices for a sequence of a given
 * length (CPython's PySlice_Unpack + PySlice_AdjustIndices), so every sequence type slices alike.
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

  /** Concrete indices: iterate {@code i = start; n times; i += step}. */
  public record Indices(long start, long stop, long step, long length) {}

  /** The indices this slice selects from a sequence of {@code length} items. */
  public Indices indices(long length) {
    long st = step == PyNone.NONE ? 1 : clamped(step);
    if (st == 0) throw Errors.valueError("slice step cannot be zero");
    if (st < -Long.MAX_VALUE) st = -Long.MAX_VALUE;  // so that -step cannot overflow
    long lo = start == PyNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : clamped(start);
    long hi = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : clamped(stop);
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
