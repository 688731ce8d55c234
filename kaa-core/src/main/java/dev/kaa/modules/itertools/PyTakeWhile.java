package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code takewhile(predicate, iterable)}: items while the predicate holds; the first failing item ends it. */
final class PyTakeWhile extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.takewhile", PyType.IMMUTABLE | PyType.BASETYPE,
      PyTakeWhile.class, PyType.OBJECT);

  private final PyObject predicate;
  private final PyObject it;
  private boolean stopped;

  private PyTakeWhile(PyType type, PyObject predicate, PyObject it) {
    super(type);
    this.predicate = predicate;
    this.it = it;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("takewhile", args, 2, 2);
    return new PyTakeWhile(cls, args[0], Abstract.iter(args[1]));
  }

  @Override PyObject step() {
    if (stopped) return null;
    PyObject item = Abstract.next(it);
    if (item == null) return null;
    if (Abstract.isTrue(predicate.call1(item))) return item;
    stopped = true;
    return null;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    return PyTuple.of(type(), PyTuple.of(predicate, it), PyBool.of(stopped));
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    stopped = Abstract.isTrue(state);
  }
}
