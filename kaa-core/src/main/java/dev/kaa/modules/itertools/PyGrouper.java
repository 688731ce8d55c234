package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code itertools._grouper}: one group of a {@link PyGroupBy}, valid until the groupby moves on. */
final class PyGrouper extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools._grouper", PyType.IMMUTABLE, PyGrouper.class, PyType.OBJECT);

  private final PyGroupBy parent;
  private final PyObject targetKey;

  PyGrouper(PyGroupBy parent, PyObject targetKey) {
    super(TYPE);
    this.parent = parent;
    this.targetKey = targetKey;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("_grouper", args, 2, 2);
    if (!(args[0] instanceof PyGroupBy parent)) {
      throw Errors.typeError("_grouper() argument 1 must be itertools.groupby, not %s", args[0].type().name());
    }
    return new PyGrouper(parent, args[1]);
  }

  @Override PyObject step() {
    PyGroupBy g = parent;
    if (g.currentGrouper != this) return null;
    if (g.currentValue == null && !g.advance()) return null;
    if (!Abstract.equals(targetKey, g.currentKey)) return null;
    PyObject value = g.currentValue;
    g.currentValue = null;
    g.currentKey = null;
    return value;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    if (parent.currentGrouper != this) {
      PyObject iter = dev.kaa.runtime.Interpreter.current().builtinsDict().getStr("iter");
      return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));  // a stale group pickles as an empty one
    }
    return PyTuple.of(TYPE, PyTuple.of(parent, targetKey));
  }
}
