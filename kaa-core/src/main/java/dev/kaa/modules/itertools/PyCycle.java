package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code cycle(iterable)}: the items, saved on the first pass, then the saved items again forever. */
final class PyCycle extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.cycle", PyType.IMMUTABLE | PyType.BASETYPE, PyCycle.class,
      PyType.OBJECT);

  /** The source, until it is exhausted. */
  private PyObject it;
  private PyList saved = new PyList();
  private int index;
  /** Restored from a pickle mid-way: the saved list is already complete, items read now are not saved again. */
  private boolean firstPass;

  private PyCycle(PyType type, PyObject it) {
    super(type);
    this.it = it;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("cycle", args, 1, 1);
    return new PyCycle(cls, Abstract.iter(args[0]));
  }

  @Override PyObject step() {
    if (it != null) {
      PyObject item = Abstract.next(it);
      if (item != null) {
        if (!firstPass) saved.add(item);
        return item;
      }
      it = null;
    }
    int n = saved.size();
    if (n == 0) return null;
    if (index >= n) index = 0;
    return saved.get(index++);
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    if (it == null) {
      PyObject restart = Abstract.iter(saved);
      for (int i = 0; i < index; i++) Abstract.next(restart);
      return PyTuple.of(type(), PyTuple.of(restart), PyTuple.of(saved, PyBool.TRUE));
    }
    return PyTuple.of(type(), PyTuple.of(it), PyTuple.of(saved, PyBool.of(firstPass)));
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    if (!(state instanceof PyTuple t)) throw Errors.typeError("state is not a tuple");
    // CPython parses the tuple as arguments "(list, int)", with those errors
    if (t.size() != 2) throw Errors.typeError("function takes exactly 2 arguments (%d given)", t.size());
    if (!(t.get(0) instanceof PyList list)) {
      throw Errors.typeError("argument 1 must be list, not %s", t.get(0).type().name());
    }
    saved = list;
    firstPass = Abstract.indexValue(t.get(1)) != 0;  // an int, as CPython's "i" format
    index = 0;
  }
}
