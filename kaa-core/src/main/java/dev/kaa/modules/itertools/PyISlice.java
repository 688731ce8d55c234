package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code islice(iterable, stop)} / {@code islice(iterable, start, stop[, step])}: the items at positions start,
 * start+step, ... below stop, read lazily. Positions are 64-bit counts (CPython's Py_ssize_t).
 */
final class PyISlice extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.islice", PyType.IMMUTABLE | PyType.BASETYPE, PyISlice.class,
      PyType.OBJECT);

  private static final String STOP_ERROR =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

  /** The source; null once the slice is done. */
  private PyObject it;
  /** The position of the next item to yield. */
  private long next;
  /** The end (exclusive), or -1 for none. */
  private final long stop;
  private final long step;
  /** How many items have been read from the source. */
  private long count;

  private PyISlice(PyType type, PyObject it, long start, long stop, long step) {
    super(type);
    this.it = it;
    this.next = start;
    this.stop = stop;
    this.step = step;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("islice", args, 2, 4);
    long start = 0, stop = -1, step = 1;
    if (args.length == 2) {
      if (args[1] != PyNone.NONE) {
        stop = clippedIndex(args[1]);
        if (stop == -1) throw Errors.valueError(STOP_ERROR);
      }
    } else {
      if (args[1] != PyNone.NONE) start = clippedIndex(args[1]);
      if (args[2] != PyNone.NONE) {
        stop = clippedIndex(args[2]);
        if (stop == -1) throw Errors.valueError(STOP_ERROR);
      }
    }
    if (start < 0 || stop < -1) {
      throw Errors.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (args.length == 4 && args[3] != PyNone.NONE) step = clippedIndex(args[3]);
    if (step < 1) throw Errors.valueError("Step for islice() must be a positive integer or None.");
    return new PyISlice(cls, Abstract.iter(args[0]), start, stop, step);
  }

  /** The index value; -1 when the object is not an integer or does not fit (the caller words the error). */
  private static long clippedIndex(PyObject o) {
    PyInt i;
    try {
      i = Abstract.index(o);
    } catch (PyException e) {
      if (e.matches(dev.kaa.objects.ExceptionTypes.TypeError)) return -1;
      throw e;
    }
    return i.isLong() ? i.longValue() : -1;
  }

  @Override PyObject step() {
    if (it == null) return null;
    while (count < next) {
      if (Abstract.next(it) == null) return finish();
      count++;
    }
    if (stop != -1 && count >= stop) return finish();
    PyObject item = Abstract.next(it);
    if (item == null) return finish();
    count++;
    long old = next;
    next += step;
    if (next < old || stop != -1 && next > stop) next = stop;
    return item;
  }

  private PyObject finish() {
    it = null;
    return null;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    if (it == null) {
      PyTuple args = PyTuple.of(Abstract.iter(new PyList()), PyInt.ZERO);
      return PyTuple.of(type(), args, PyInt.ZERO);
    }
    PyObject stopValue = stop == -1 ? PyNone.NONE : PyInt.of(stop);
    PyTuple args = PyTuple.of(it, PyInt.of(next), stopValue, PyInt.of(step));
    return PyTuple.of(type(), args, PyInt.of(count));
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    count = Abstract.indexValue(state);
  }
}
