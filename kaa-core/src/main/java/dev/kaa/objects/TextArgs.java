package dev.kaa.objects;

/**
 * Argument conversions the text types (str, bytes, bytearray) share, each with the error CPython's converter gives:
 * the start/end bounds of searching methods, sizes and counts, and "must be str" checks.
 */
final class TextArgs {
  private TextArgs() {}

  /** A search start (CPython's _PyEval_SliceIndex): None is 0; huge ints saturate. */
  static int start(PyObject o) {
    return o == null || o == PyNone.NONE ? 0 : sliceIndex(o);
  }

  /** A search end: None is "to the end". */
  static int end(PyObject o) {
    return o == null || o == PyNone.NONE ? Integer.MAX_VALUE : sliceIndex(o);
  }

  private static int sliceIndex(PyObject o) {
    if (!(o instanceof PyInt) && o.type().lookupSpecial(Special.INDEX) == null) {
      throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }
    return saturate(Abstract.index(o));
  }

  /** An int saturated to the Java int range: no Java string or array is longer, so clamping there is exact. */
  static int saturate(PyInt i) {
    if (!i.isLong()) return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    long v = i.longValue();
    return v < Integer.MIN_VALUE ? Integer.MIN_VALUE : v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
  }

  /** A Py_ssize_t argument (width, count, maxsplit): OverflowError past 64 bits, then saturated to an int. */
  static int ssize(PyObject o) {
    PyInt i = Abstract.index(o);
    if (!i.isLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
    return saturate(i);
  }

  /** A C int argument (tabsize). */
  static int cInt(PyObject o) { return Abstract.cIntValue(o); }

  /** A flag argument (splitlines' keepends): any object, by its truth. */
  static boolean flag(PyObject o) {
    return o != null && Abstract.isTrue(o);
  }

  /** A str argument of a clinic function: "{@code fn}() argument {@code n} must be str, not int". */
  static String str(PyObject o, String fn, String argument) {
    if (o instanceof PyStr s) return s.value;
    throw Errors.typeError("%s() argument %s must be str, not %s", fn, argument, badArgumentName(o));
  }

  /** How CPython's argument converters (_PyArg_BadArgument) name a wrong argument: None, else its type. */
  static String badArgumentName(PyObject o) {
    return o == PyNone.NONE ? "None" : o.type().name();
  }

  /** A str argument whose converter says only "must be str, not int" (find, count, partition...). */
  static String str(PyObject o) {
    if (o instanceof PyStr s) return s.value;
    throw Errors.typeError("must be str, not %s", o.type().name());
  }

  /** A size that must fit a Java array or string, else MemoryError (CPython would fail to allocate it too). */
  static int checkedSize(long n) {
    if (n > Integer.MAX_VALUE - 8) throw Errors.memoryError();
    return (int) n;
  }

  /**
   * The items of an iterable as an array (CPython's PySequence_Fast): a list's or tuple's directly, else by iterating;
   * {@code notIterable} is the TypeError's text when it cannot be iterated.
   */
  static PyObject[] items(PyObject iterable, String notIterable) {
    if (iterable instanceof PyList l) return l.toArray();
    if (iterable instanceof PyTuple t) return t.items;
    PyObject it;
    try {
      it = Abstract.iter(iterable);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.TypeError)) throw e;
      throw Errors.typeError(notIterable);
    }
    PyList out = new PyList();
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) out.add(x);
    return out.toArray();
  }
}
