package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code pairwise(iterable)}: overlapping pairs {@code (a, b), (b, c), ...}. */
final class PyPairwise extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.pairwise", PyType.IMMUTABLE | PyType.BASETYPE, PyPairwise.class,
      PyType.OBJECT);

  /** The source; null once exhausted. */
  private PyObject it;
  private PyObject previous;

  private PyPairwise(PyType type, PyObject it) {
    super(type);
    this.it = it;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("pairwise", args, 1, 1);
    return new PyPairwise(cls, Abstract.iter(args[0]));
  }

  @Override PyObject step() {
    if (it == null) return null;
    if (previous == null) {
      previous = Abstract.next(it);
      if (previous == null) {
        it = null;
        return null;
      }
    }
    PyObject item = Abstract.next(it);
    if (item == null) {
      it = null;
      previous = null;
      return null;
    }
    PyObject pair = PyTuple.wrap(new PyObject[] {previous, item});
    previous = item;
    return pair;
  }
}
