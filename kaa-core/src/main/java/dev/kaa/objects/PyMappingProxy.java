package dev.kaa.objects;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping. A class's {@code __dict__} is
 * one, over a snapshot of the class's namespace taken when {@code __dict__} is read.
 */
public final class PyMappingProxy extends PyObject {
  public static final PyType TYPE = new PyType("mappingproxy", PyType.IMMUTABLE, PyMappingProxy.class, PyType.OBJECT);

  private final PyObject mapping;

  public PyMappingProxy(PyObject mapping) { this.mapping = mapping; }

  /** {@code cls.__dict__}. */
  static PyMappingProxy ofType(PyType cls) {
    PyDict d = new PyDict();
    for (String name : cls.dictNames()) d.put(new PyStr(name), cls.dictGet(name));
    return new PyMappingProxy(d);
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls, PyObject mapping) {
    if (mapping.type().lookupSpecial(Special.GETITEM) == null || mapping instanceof PyList
        || mapping instanceof PyTuple) {
      throw Errors.typeError("mappingproxy() argument must be a mapping, not %s", mapping.type().name());
    }
    return new PyMappingProxy(mapping);
  }

  @PyMethod("__getitem__") PyObject getItem(PyObject key) { return Abstract.getItem(mapping, key); }

  @PyMethod("__contains__") PyObject contains(PyObject key) { return PyBool.of(Abstract.contains(mapping, key)); }

  @PyMethod("__len__") PyObject len() { return PyInt.of(Abstract.len(mapping)); }

  @PyMethod("__iter__") PyObject iter() { return Abstract.iter(mapping); }

  @PyMethod("get") PyObject get(PyObject key, @PyMethod.Opt PyObject fallback) {
    return callMethod("get", key, fallback == null ? PyNone.NONE : fallback);
  }

  @PyMethod("keys") PyObject keys() { return callMethod("keys"); }

  @PyMethod("values") PyObject values() { return callMethod("values"); }

  @PyMethod("items") PyObject items() { return callMethod("items"); }

  @PyMethod("copy") PyObject copy() { return callMethod("copy"); }

  private PyObject callMethod(String name, PyObject... args) { return Abstract.call(Attributes.get(mapping, name), args); }

  // comparisons, hashing and | are the mapping's (a proxy operand stands for its mapping)
  @PyMethod("__eq__") PyObject eq(PyObject other) { return compare(other, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject other) { return compare(other, CompareOps.NE); }

  @PyMethod("__lt__") PyObject lt(PyObject other) { return compare(other, CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject other) { return compare(other, CompareOps.LE); }

  @PyMethod("__gt__") PyObject gt(PyObject other) { return compare(other, CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject other) { return compare(other, CompareOps.GE); }

  private PyObject compare(PyObject other, CompareOps op) { return Abstract.richCompare(mapping, other, op); }

  @PyMethod("__hash__") PyObject hash() { return PyInt.of(Abstract.hash(mapping)); }

  @PyMethod("__or__") PyObject or(PyObject other) { return Abstract.binaryOp(mapping, unwrap(other), BinaryOps.OR); }

  @PyMethod("__ror__") PyObject ror(PyObject other) { return Abstract.binaryOp(unwrap(other), mapping, BinaryOps.OR); }

  @PyMethod("__ior__") PyObject ior(PyObject other) {
    throw Errors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
  }

  private static PyObject unwrap(PyObject o) { return o instanceof PyMappingProxy p ? p.mapping : o; }

  @PyMethod("__reversed__") PyObject reversed() { return PyReversed.TYPE.call1(mapping); }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("mappingproxy(" + Abstract.repr(mapping).value + ")"); }

  @PyMethod("__str__") PyObject str() { return Abstract.str(mapping); }
}
