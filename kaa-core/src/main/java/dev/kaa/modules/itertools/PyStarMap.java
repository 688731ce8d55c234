package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code starmap(function, iterable)}: {@code function(*item)} for each item. */
final class PyStarMap extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.starmap", PyType.IMMUTABLE | PyType.BASETYPE, PyStarMap.class,
      PyType.OBJECT);

  private final PyObject function;
  private final PyObject it;

  private PyStarMap(PyType type, PyObject function, PyObject it) {
    super(type);
    this.function = function;
    this.it = it;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("starmap", args, 2, 2);
    return new PyStarMap(cls, args[0], Abstract.iter(args[1]));
  }

  @Override PyObject step() {
    PyObject item = Abstract.next(it);
    if (item == null) return null;
    PyObject[] args = IterableItems.of(item);
    return function.call(args, 0, args.length, null);
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    return PyTuple.of(type(), PyTuple.of(function, it));
  }
}
