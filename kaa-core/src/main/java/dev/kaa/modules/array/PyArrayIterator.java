package dev.kaa.modules.array;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code array.arrayiterator}: a position in an array, read afresh at each step so items appended meanwhile are seen;
 * once exhausted it lets go of the array and stays exhausted, as CPython's.
 */
final class PyArrayIterator extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("array.arrayiterator", PyType.IMMUTABLE, PyArrayIterator.class, PyType.OBJECT);

  private PyArray array;
  private int index;

  PyArrayIterator(PyArray array, int index) {
    this.array = array;
    this.index = index;
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (array == null) return null;
    if (index < array.length()) return array.item(index++);
    array = null;
    return null;
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__reduce__") PyObject reduce() {
    PyObject iter = dev.kaa.runtime.Interpreter.current().builtinsDict().getStr("iter");
    if (array == null) return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
    return PyTuple.of(iter, PyTuple.of(array), PyInt.of(index));
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    long i = Abstract.indexValue(state);
    if (array != null) index = (int) Math.max(0, Math.min(i, array.length()));
  }
}
