package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code dropwhile(predicate, iterable)}: skips items while the predicate holds, then yields every item. */
final class PyDropWhile extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.dropwhile", PyType.IMMUTABLE | PyType.BASETYPE,
      PyDropWhile.class, PyType.OBJECT);

  private final PyObject predicate;
  private final PyObject it;
  private boolean started;

  private PyDropWhile(PyType type, PyObject predicate, PyObject it) {
    super(type);
    this.predicate = predicate;
    this.it = it;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("dropwhile", args, 2, 2);
    return new PyDropWhile(cls, args[0], Abstract.iter(args[1]));
  }

  @Override PyObject step() {
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
      if (started || !Abstract.isTrue(predicate.call1(item))) {
        started = true;
        return item;
      }
    }
    return null;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    return PyTuple.of(type(), PyTuple.of(predicate, it), PyBool.of(started));
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    started = Abstract.isTrue(state);
  }
}
