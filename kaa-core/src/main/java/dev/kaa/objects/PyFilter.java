package dev.kaa.objects;

/** {@code filter(function, iterable)}: the items for which the function is true (None or bool: the items' truth). */
public class PyFilter extends PyObject implements IterNext {
  public static final PyType TYPE = new PyType("filter", PyType.IMMUTABLE | PyType.BASETYPE, PyFilter.class,
      PyType.OBJECT);

  /** Null when the items' own truth decides. */
  private final PyObject function;
  private final PyObject iterator;

  PyFilter(PyObject function, PyObject iterator) {
    this.function = function;
    this.iterator = iterator;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, PyObject function, PyObject iterable) {
    boolean byTruth = function == PyNone.NONE || function == PyBool.TYPE;
    return new PyFilter(byTruth ? null : function, Abstract.iter(iterable));
  }

  @Override public PyObject iterNext() {
    for (PyObject item = Abstract.next(iterator); item != null; item = Abstract.next(iterator)) {
      boolean keep = Abstract.isTrue(function == null ? item : function.call1(item));
      if (keep) return item;
    }
    return null;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    return PyTuple.of(TYPE, PyTuple.of(function == null ? PyNone.NONE : function, iterator));
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }
}
