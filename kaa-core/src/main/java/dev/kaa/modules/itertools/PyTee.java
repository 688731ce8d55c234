package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code itertools._tee}: one of the independent iterators {@code tee()} returns, a position (block and cell) in the
 * item blocks they share ({@link PyTeeDataObject}).
 */
final class PyTee extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools._tee", PyType.IMMUTABLE | PyType.WEAKREFABLE, PyTee.class,
      PyType.OBJECT);

  private PyTeeDataObject data;
  private int index;

  private PyTee(PyTeeDataObject data, int index) {
    super(TYPE);
    this.data = data;
    this.index = index;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("_tee", args, 1, 1);
    return fromIterable(args[0]);
  }

  /** A tee over {@code iterable}; a copy when it already is one. */
  static PyObject fromIterable(PyObject iterable) {
    PyObject it = Abstract.iter(iterable);
    if (it instanceof PyTee t) return t.copy();
    return new PyTee(new PyTeeDataObject(it), 0);
  }

  @Override PyObject step() {
    if (index >= PyTeeDataObject.CELLS) {
      data = data.nextBlock();
      index = 0;
    }
    PyObject v = data.item(index);
    if (v != null) index++;
    return v;
  }

  @PyMethod("__copy__") PyObject copy() { return new PyTee(data, index); }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    return PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY), PyTuple.of(data, PyInt.of(index)));
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    if (!(state instanceof PyTuple t)) throw Errors.typeError("state is not a tuple");
    if (t.size() != 2 || !(t.get(0) instanceof PyTeeDataObject d)) {
      throw Errors.typeError("_tee.__setstate__ expects a (_tee_dataobject, int) pair");
    }
    long i = Abstract.indexValue(t.get(1));
    if (i < 0 || i > PyTeeDataObject.CELLS) throw Errors.valueError("Index out of range");
    data = d;
    index = (int) i;
  }
}
