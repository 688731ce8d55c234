package dev.kaa.objects;

/** {@code Ellipsis} ({@code ...}), the one instance of {@code ellipsis}. */
public final class PyEllipsis extends PyObject {
  public static final PyType TYPE = new PyType("ellipsis", PyType.IMMUTABLE, PyEllipsis.class, PyType.OBJECT);
  public static final PyEllipsis ELLIPSIS = new PyEllipsis();

  private PyEllipsis() {}

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    Singletons.noArguments("EllipsisType", args, kwargs);
    return ELLIPSIS;
  }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("Ellipsis"); }

  @PyMethod("__reduce__") PyObject reduce() { return new PyStr("Ellipsis"); }

  @Override public String toString() { return "Ellipsis"; }
}
