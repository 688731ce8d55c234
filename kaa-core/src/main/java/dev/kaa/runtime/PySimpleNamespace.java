package dev.kaa.runtime;

import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.InstanceAttributes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.ReprGuard;
import dev.kaa.objects.SubclassableObject;

/**
 * {@code types.SimpleNamespace} (also {@code sys.implementation}'s type): attributes in a dict, set by keyword
 * arguments, shown as {@code namespace(name=value, ...)} (a subclass shows its own name), equal when of this type and
 * with equal dicts; unhashable, subclassable, pickled as {@code (type, (), dict)}.
 */
public final class PySimpleNamespace extends SubclassableObject {
  static final PyType TYPE = new PyType("types.SimpleNamespace", PyType.IMMUTABLE | PyType.BASETYPE,
      PySimpleNamespace.class, PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", dev.kaa.objects.PyNone.NONE);  // mutable: unhashable
  }

  public PySimpleNamespace() { this(TYPE); }

  private PySimpleNamespace(PyType type) { super(type, true); }

  public PySimpleNamespace with(String name, PyObject value) {
    dict().put(new PyStr(name), value);
    return this;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PySimpleNamespace(cls);
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length > 0) throw Errors.typeError("no positional arguments expected");
    if (kwargs != null) dict().updateFrom(kwargs);
  }

  @PyGetter("__dict__") PyObject dictAttr() { return dict(); }

  @PySetter("__dict__") void setDictAttr(PyObject value) { setDict(InstanceAttributes.assignedDict(value)); }

  @PyMethod("__repr__") PyObject repr() {
    String name = type() == TYPE ? "namespace" : Abstract.getAttrOrNull(type(), "__name__").toString();
    if (!ReprGuard.enter(this)) return new PyStr(name + "(...)");
    try {
      StringBuilder sb = new StringBuilder(name).append('(');
      String separator = "";
      java.util.List<PyObject> keys = new java.util.ArrayList<>();  // a value's repr may change the dict
      dict().forEach((k, v) -> keys.add(k));
      for (PyObject key : keys) {
        if (!(key instanceof PyStr s) || s.toString().isEmpty()) continue;
        PyObject value = dict().get(key);
        if (value == null) continue;
        sb.append(separator).append(s).append('=').append(Abstract.repr(value).value);
        separator = ", ";
      }
      return new PyStr(sb.append(')').toString());
    } finally {
      ReprGuard.leave(this);
    }
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PySimpleNamespace o)) return PyNotImplemented.VALUE;
    return Abstract.richCompare(dict(), o.dict(), CompareOps.EQ);
  }

  @PyMethod("__ne__") PyObject ne(PyObject other) {
    if (!(other instanceof PySimpleNamespace o)) return PyNotImplemented.VALUE;
    return Abstract.richCompare(dict(), o.dict(), CompareOps.NE);
  }

  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(type(), PyTuple.EMPTY, dict()); }
}
