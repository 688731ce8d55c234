package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code filterfalse(function or None, iterable)}: the items for which the function (or the item itself) is false. */
final class PyFilterFalse extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.filterfalse", PyType.IMMUTABLE | PyType.BASETYPE,
      PyFilterFalse.class, PyType.OBJECT);

  private final PyObject function;
  private final PyObject it;

  private PyFilterFalse(PyType type, PyObject function, PyObject it) {
    super(type);
    this.function = function;
    this.it = it;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("filterfalse", args, 2, 2);
    return new PyFilterFalse(cls, args[0], Abstract.iter(args[1]));
  }

  @Override PyObject step() {
    boolean identity = function == PyNone.NONE || function == PyBool.TYPE;
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
      PyObject test = identity ? item : function.call1(item);
      if (!Abstract.isTrue(test)) return item;
    }
    return null;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    return PyTuple.of(type(), PyTuple.of(function, it));
  }
}
