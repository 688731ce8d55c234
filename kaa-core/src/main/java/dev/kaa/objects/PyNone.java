package dev.kaa.objects;

/** {@code None}, the one instance of {@code NoneType}. */
public final class PyNone extends PyObject {
  public static final PyType TYPE = new PyType("NoneType", PyType.IMMUTABLE, PyNone.class, PyType.OBJECT);
  public static final PyNone NONE = new PyNone();

  private PyNone() {}

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    Singletons.noArguments("NoneType", args, kwargs);
    return NONE;
  }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("None"); }

  @PyMethod("__bool__") PyObject bool() { return PyBool.FALSE; }

  @Override public String toString() { return "None"; }
}
