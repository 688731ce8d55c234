package dev.kaa.objects;

/** {@code map(function, iterable, *iterables)}: the function applied to the items at each position, shortest wins. */
public class PyMap extends SubclassableObject implements IterNext {
  public static final PyType TYPE = new PyType("map", PyType.IMMUTABLE | PyType.BASETYPE, PyMap.class, PyType.OBJECT);

  private final PyObject function;
  private final PyObject[] iterators;

  PyMap(PyType type, PyObject function, PyObject[] iterators) {
    super(type);
    this.function = function;
    this.iterators = iterators;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    if (args.length < 2) throw Errors.typeError("map() must have at least two arguments.");
    PyObject[] iterables = java.util.Arrays.copyOfRange(args, 1, args.length);
    return new PyMap(cls, args[0], Iterators.iterators(iterables));
  }

  @Override public PyObject iterNext() {
    PyObject[] items = new PyObject[iterators.length];
    for (int i = 0; i < items.length; i++) {
      PyObject item = Abstract.next(iterators[i]);
      if (item == null) return null;
      items[i] = item;
    }
    return function.call(items, 0, items.length, null);
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__reduce__") PyObject reduce() {
    PyObject[] args = new PyObject[iterators.length + 1];
    args[0] = function;
    System.arraycopy(iterators, 0, args, 1, iterators.length);
    return PyTuple.of(type(), PyTuple.wrap(args));
  }
}
