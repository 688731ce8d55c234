package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.Arrays;

/**
 * {@code itertools._tee_dataobject}: one block of the items a group of {@link PyTee} iterators have read from their
 * shared source, linked to the next block. Blocks are fixed-size (CPython's 57 cells), so a lagging tee keeps alive
 * only the blocks it has not passed, and the leading tee's reads are appended without copying.
 */
final class PyTeeDataObject extends PyObject {
  static final PyType TYPE = new PyType("itertools._tee_dataobject", PyType.IMMUTABLE, PyTeeDataObject.class,
      PyType.OBJECT);

  /** Items per block. */
  static final int CELLS = 57;

  private final PyObject it;
  private final PyObject[] values = new PyObject[CELLS];
  private int numRead;
  /** A tee is reading the source: a second read from inside it (the source iterating a tee) is refused. */
  private boolean running;
  private PyTeeDataObject next;

  PyTeeDataObject(PyObject it) { this.it = it; }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, style = dev.kaa.objects.ArgSpec.Style.LEGACY)
  static PyObject make(PyType cls, PyObject iterator, PyList values, PyObject next) {
    int n = values.size();
    if (n > CELLS) throw Errors.valueError("_tee_dataobject values must be at most %d long", CELLS);
    PyTeeDataObject d = new PyTeeDataObject(iterator);
    for (int i = 0; i < n; i++) d.values[i] = values.get(i);
    d.numRead = n;
    if (next != PyNone.NONE) {
      if (n != CELLS) throw Errors.valueError("_tee_dataobject next link must be None unless its values are full");
      if (!(next instanceof PyTeeDataObject link)) {
        throw Errors.typeError("_tee_dataobject next link must be a _tee_dataobject");
      }
      d.next = link;
    }
    return d;
  }

  /** The block after this one, made when first needed. */
  PyTeeDataObject nextBlock() {
    if (next == null) next = new PyTeeDataObject(it);
    return next;
  }

  /** The item in cell {@code i}, reading it from the source when no tee has yet; null at the source's end. */
  PyObject item(int i) {
    if (i < numRead) return values[i];
    if (running) throw Errors.of(ExceptionTypes.RuntimeError, "cannot re-enter the tee iterator");
    PyObject v;
    running = true;
    try {
      v = Abstract.next(it);
    } finally {
      running = false;
    }
    if (v == null) return null;
    values[numRead++] = v;
    return v;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    PyList read = new PyList(Arrays.copyOf(values, numRead));
    return PyTuple.of(TYPE, PyTuple.of(it, read, next == null ? PyNone.NONE : next));
  }
}
