package dev.kaa.modules.operator;

import dev.kaa.modules.itertools.UnpackArgs;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code operator.attrgetter(attr, *attrs)}: calling it with obj gives {@code obj.attr} (dotted names followed one
 * step at a time; a tuple for several). The names are split once, here.
 */
final class PyAttrGetter extends PyObject {
  static final PyType TYPE = new PyType("operator.attrgetter", PyType.IMMUTABLE, PyAttrGetter.class, PyType.OBJECT);

  private final PyObject[] names;
  /** Each name split at its dots, interned for the attribute lookups. */
  private final String[][] paths;

  private PyAttrGetter(PyObject[] names, String[][] paths) {
    this.names = names;
    this.paths = paths;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] names) {
    if (names.length == 0) UnpackArgs.check("attrgetter", names, 1, 1);
    String[][] paths = new String[names.length][];
    for (int i = 0; i < names.length; i++) {
      if (!(names[i] instanceof PyStr s)) throw Errors.typeError("attribute name must be a string");
      String[] parts = s.value.split("\\.", -1);
      for (int k = 0; k < parts.length; k++) parts[k] = parts[k].intern();
      paths[i] = parts;
    }
    return new PyAttrGetter(names, paths);
  }

  private static PyObject follow(PyObject obj, String[] path) {
    for (String part : path) obj = Attributes.get(obj, part);
    return obj;
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) throw Errors.typeError("attrgetter() takes no keyword arguments");
    if (npos != 1) throw Errors.typeError("attrgetter expected 1 argument, got %d", npos);
    PyObject obj = args[from];
    if (paths.length == 1) return follow(obj, paths[0]);
    PyObject[] out = new PyObject[paths.length];
    for (int i = 0; i < out.length; i++) out[i] = follow(obj, paths[i]);
    return PyTuple.wrap(out);
  }

  @PyMethod("__call__") PyObject callMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs dev.kaa.objects.PyDict kw) {
    return dev.kaa.objects.Abstract.callWithKeywords(this, args, kw);
  }

  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(TYPE, PyTuple.of(names)); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(Reprs.call("operator.attrgetter", this, names)); }
}
