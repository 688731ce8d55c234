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

  /**
   * The source's {@code __next__} may call this pairwise again (re-entrantly): the pair is made of the values this call
   * read, and the fields are read again after each call, as CPython's.
   */
  @Override PyObject step() {
    PyObject source = it;
    if (source == null) return null;
    PyObject old = previous;
    if (old == null) {
      old = previous = Abstract.next(source);
      if (old == null) {
        it = null;
        return null;
      }
      source = it;
      if (source == null) {
        previous = null;
        return null;
      }
    }
    PyObject item = Abstract.next(source);
    if (item == null) {
      it = null;
      previous = null;
      return null;
    }
    previous = item;
    return PyTuple.wrap(new PyObject[] {old, item});
  }
}
