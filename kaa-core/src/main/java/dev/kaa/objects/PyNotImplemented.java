package dev.kaa.objects;

/** {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
  public static final PyType TYPE = new PyType("NotImplementedType", PyType.IMMUTABLE, PyNotImplemented.class, PyType.OBJECT);
  public static final PyNotImplemented VALUE = new PyNotImplemented();

  private PyNotImplemented() {}

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    Singletons.noArguments("NotImplementedType", args, kwargs);
    return VALUE;
  }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("NotImplemented"); }

  /** True, with CPython 3.12's DeprecationWarning: a comparison that forgot to return is the usual cause. */
  @PyMethod("__bool__") PyObject bool() {
    DeprecatedResults.notImplementedTruth();
    return PyBool.TRUE;
  }

  @Override public String toString() { return "NotImplemented"; }
}
