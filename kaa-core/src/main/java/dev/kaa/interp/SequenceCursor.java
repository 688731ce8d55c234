package dev.kaa.interp;

import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * The iterator {@code GET_ITER} makes for an exact list or tuple (CPython specialises FOR_ITER for these two): an
 * index into the sequence, re-reading the list's size at each step as {@code list_iterator} does, so appending
 * while looping behaves the same. It lives only on the value stack; Python code never sees it.
 */
final class SequenceCursor extends PyObject implements IterNext {
  private static final PyType TYPE = new PyType("sequence_cursor", PyType.OBJECT);

  private final PyList list;
  private final PyTuple tuple;
  private int index;

  SequenceCursor(PyList list) {
    this.list = list;
    this.tuple = null;
  }

  SequenceCursor(PyTuple tuple) {
    this.list = null;
    this.tuple = tuple;
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (list != null) return index < list.size() ? list.get(index++) : null;
    return index < tuple.size() ? tuple.get(index++) : null;
  }
}
