package dev.kaa.objects;

/**
 * {@code zip(*iterables, strict=False)}: tuples of the items at the same position; with {@code strict}, iterables of
 * different lengths are a ValueError naming which argument ran out first or last.
 */
public class PyZip extends SubclassableObject implements IterNext {
  public static final PyType TYPE = new PyType("zip", PyType.IMMUTABLE | PyType.BASETYPE, PyZip.class, PyType.OBJECT);

  private final PyObject[] iterators;
  private boolean strict;
  private boolean exhausted;

  PyZip(PyType type, PyObject[] iterators, boolean strict) {
    super(type);
    this.iterators = iterators;
    this.strict = strict;
    this.exhausted = iterators.length == 0;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.KwOnly @PyMethod.Opt PyObject strict, @PyMethod.Star PyObject[] iterables) {
    return new PyZip(cls, Iterators.iterators(iterables), strict != null && Abstract.isTrue(strict));
  }

  @Override public PyObject iterNext() {
    if (exhausted) return null;
    PyObject[] items = new PyObject[iterators.length];
    for (int i = 0; i < items.length; i++) {
      PyObject item = Abstract.next(iterators[i]);
      if (item == null) {
        exhausted = true;
        if (strict) checkOthersExhausted(i);
        return null;
      }
      items[i] = item;
    }
    return PyTuple.wrap(items);
  }

  /** Strict mode, iterator {@code i} just ran out: the ones before it had an item, so i > 0 means "shorter". */
  private void checkOthersExhausted(int i) {
    if (i > 0) throw Errors.valueError("zip() argument %d is shorter than %s", i + 1, arguments(i));
    for (int j = 1; j < iterators.length; j++) {
      if (Abstract.next(iterators[j]) != null) {
        throw Errors.valueError("zip() argument %d is longer than %s", j + 1, arguments(j));
      }
    }
  }

  private static String arguments(int n) { return n == 1 ? "argument 1" : "arguments 1-" + n; }

  /** {@code (zip, iterators)}, with a third item True when strict (which {@code __setstate__} restores). */
  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  /** {@code (zip, iterators)}, and {@code True} as the state when strict. */
  @PyMethod("__reduce__") PyObject reduce() {
    PyTuple its = PyTuple.of(iterators);
    return strict ? PyTuple.of(type(), its, PyBool.TRUE) : PyTuple.of(type(), its);
  }

  @PyMethod("__setstate__") void setState(PyObject state) { strict = Abstract.isTrue(state); }
}
