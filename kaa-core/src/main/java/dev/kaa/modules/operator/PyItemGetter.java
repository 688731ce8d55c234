package dev.kaa.modules.operator;

import dev.kaa.modules.itertools.UnpackArgs;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code operator.itemgetter(item, *items)}: calling it with obj gives {@code obj[item]} (a tuple for several). */
final class PyItemGetter extends PyObject {
  static final PyType TYPE = new PyType("operator.itemgetter", PyType.IMMUTABLE, PyItemGetter.class, PyType.OBJECT);

  private final PyObject[] items;

  private PyItemGetter(PyObject[] items) { this.items = items; }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] items) {
    if (items.length == 0) UnpackArgs.check("itemgetter", items, 1, 1);
    return new PyItemGetter(items);
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) throw Errors.typeError("itemgetter() takes no keyword arguments");
    if (npos != 1) throw Errors.typeError("itemgetter expected 1 argument, got %d", npos);
    PyObject obj = args[from];
    if (items.length == 1) return Abstract.getItem(obj, items[0]);
    PyObject[] out = new PyObject[items.length];
    for (int i = 0; i < out.length; i++) out[i] = Abstract.getItem(obj, items[i]);
    return PyTuple.wrap(out);
  }

  @PyMethod("__call__") PyObject callMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs dev.kaa.objects.PyDict kw) {
    return Abstract.callWithKeywords(this, args, kw);
  }

  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(TYPE, PyTuple.of(items)); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(Reprs.call("operator.itemgetter", this, items)); }
}
