package dev.kaa.objects;

/** {@code StopIteration} (and subclasses): {@code value}, the first argument, which a generator's return sets. */
public final class PyStopIteration extends PyBaseException {
  public PyObject value = PyNone.NONE;

  PyStopIteration(PyType type, PyTuple args) { super(type, args); }

  @PyMethod("__init__") void initStop(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    init(args, kwargs);
    value = firstArgOrNone();
  }

  @PyGetter("value") PyObject getValue() { return value; }

  @PySetter("value") void setValue(PyObject v) { value = v == null ? PyNone.NONE : v; }
}
