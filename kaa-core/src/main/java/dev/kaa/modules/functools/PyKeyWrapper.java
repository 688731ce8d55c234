package dev.kaa.modules.functools;

import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyType;

/**
 * {@code functools.KeyWrapper}: what {@code cmp_to_key(mycmp)} returns, and (called with an object) the key it makes,
 * whose comparisons ask {@code mycmp(self.obj, other.obj)} and compare the answer with 0.
 */
final class PyKeyWrapper extends PyObject {
  static final PyType TYPE = new PyType("functools.KeyWrapper", PyType.IMMUTABLE, PyKeyWrapper.class, PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", PyNone.NONE);
  }

  private final PyObject cmp;
  /** The wrapped object; null in the factory that {@code cmp_to_key} returns. */
  private PyObject obj;

  PyKeyWrapper(PyObject cmp, PyObject obj) {
    this.cmp = cmp;
    this.obj = obj;
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    if (npos + nkw > 1) throw Errors.typeError("K() takes at most 1 argument (%d given)", npos + nkw);
    if (nkw == 1 && !kwnames[0].equals("obj")) {
      throw Errors.typeError("'%s' is an invalid keyword argument for K()", kwnames[0]);
    }
    if (npos + nkw == 0) throw Errors.typeError("K() missing required argument 'obj' (pos 1)");
    return new PyKeyWrapper(cmp, args[from]);
  }

  @PyMethod("__call__") PyObject callMethod(PyObject obj) { return new PyKeyWrapper(cmp, obj); }

  @PyGetter("obj") PyObject objAttr() {
    if (obj == null) throw Errors.attributeError("obj");
    return obj;
  }

  @PySetter("obj") void setObj(PyObject value) { obj = value; }

  private PyObject compare(PyObject other, CompareOps op) {
    if (!(other instanceof PyKeyWrapper o)) throw Errors.typeError("other argument must be K instance");
    if (obj == null || o.obj == null) throw Errors.attributeError("object");
    PyObject answer = cmp.call2(obj, o.obj);
    return Abstract.richCompare(answer, PyInt.ZERO, op);
  }

  @PyMethod("__lt__") PyObject lt(PyObject o) { return compare(o, CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject o) { return compare(o, CompareOps.LE); }

  @PyMethod("__eq__") PyObject eq(PyObject o) { return compare(o, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject o) { return compare(o, CompareOps.NE); }

  @PyMethod("__gt__") PyObject gt(PyObject o) { return compare(o, CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject o) { return compare(o, CompareOps.GE); }
}
