package dev.kaa.objects;

/** {@code filter(function, iterable)}: the items for which the function is true (None or bool: the items' truth). */
public class PyFilter extends SubclassableObject implements IterNext {
  public static final PyType TYPE = new PyType("filter", PyType.IMMUTABLE | PyType.BASETYPE, PyFilter.class,
      PyType.OBJECT);

  /** What was given: None, bool or a function. */
  private final PyObject function;
  /** The items' own truth decides (function is None or bool). */
  private final boolean byTruth;
  private final PyObject iterator;

  PyFilter(PyType type, PyObject function, PyObject iterator) {
    super(type);
    this.function = function;
    this.byTruth = function == PyNone.NONE || function == PyBool.TYPE;
    this.iterator = iterator;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, PyObject function, PyObject iterable) {
    return new PyFilter(cls, function, Abstract.iter(iterable));
  }

  @Override public PyObject iterNext() {
    for (PyObject item = Abstract.next(iterator); item != null; item = Abstract.next(iterator)) {
      boolean keep = Abstract.isTrue(byTruth ? item : function.call1(item));
      if (keep) return item;
    }
    return null;
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(type(), PyTuple.of(function, iterator)); }
}
