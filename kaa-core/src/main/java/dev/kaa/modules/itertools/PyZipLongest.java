package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code zip_longest(*iterables, fillvalue=None)}: tuples until the longest iterable ends, gaps filled. */
final class PyZipLongest extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.zip_longest", PyType.IMMUTABLE | PyType.BASETYPE,
      PyZipLongest.class, PyType.OBJECT);

  /** The iterators; an exhausted one is null. */
  private final PyObject[] iterators;
  private int active;
  private PyObject fillValue;

  private PyZipLongest(PyType type, PyObject[] iterators, PyObject fillValue) {
    super(type);
    this.iterators = iterators;
    this.active = iterators.length;
    this.fillValue = fillValue;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    PyObject fill = PyNone.NONE;
    if (kwargs != null && kwargs.size() > 0) {
      fill = kwargs.get(new PyStr("fillvalue"));
      if (fill == null || kwargs.size() > 1) {
        throw Errors.typeError("zip_longest() got an unexpected keyword argument");
      }
    }
    PyObject[] its = new PyObject[args.length];
    for (int i = 0; i < args.length; i++) its[i] = Abstract.iter(args[i]);
    return new PyZipLongest(cls, its, fill);
  }

  @Override PyObject step() {
    if (iterators.length == 0 || active == 0) return null;
    PyObject[] items = new PyObject[iterators.length];
    for (int i = 0; i < items.length; i++) {
      PyObject it = iterators[i];
      PyObject item = it == null ? null : Abstract.next(it);
      if (item == null) {
        if (it != null) {
          iterators[i] = null;
          if (--active == 0) return null;
        }
        item = fillValue;
      }
      items[i] = item;
    }
    return PyTuple.wrap(items);
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    PyObject[] args = new PyObject[iterators.length];
    for (int i = 0; i < args.length; i++) args[i] = iterators[i] == null ? PyTuple.EMPTY : iterators[i];
    return PyTuple.of(type(), PyTuple.wrap(args), fillValue);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    fillValue = state;
  }
}
