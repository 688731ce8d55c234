package dev.kaa.objects;

/** What every built-in iterator shares. */
final class Iterators {
  private Iterators() {}

  /** {@code __next__} over {@link IterNext#iterNext}: the item, or StopIteration at the end. */
  static PyObject nextOrStop(IterNext it) {
    PyObject v = it.iterNext();
    if (v == null) throw new PyException(ExceptionTypes.StopIteration, null);
    return v;
  }

  /** {@code iter(x)} for each argument. */
  static PyObject[] iterators(PyObject[] iterables) {
    PyObject[] its = new PyObject[iterables.length];
    for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
    return its;
  }
}
