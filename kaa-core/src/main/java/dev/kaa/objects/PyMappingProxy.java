package dev.kaa.objects;

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

  @PyMethod("__eq__") PyObject eq(PyObject other) { return Abstract.richCompare(mapping, other, dev.kaa.bytecode.CompareOps.EQ); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("mappingproxy(" + Abstract.repr(mapping).value + ")"); }

  @PyMethod("__str__") PyObject str() { return Abstract.str(mapping); }
}
