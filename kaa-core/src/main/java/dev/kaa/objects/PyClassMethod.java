package dev.kaa.objects;

/**
 * {@code classmethod(f)}: read through a class or an instance, {@code f} bound to the class. Copies {@code f}'s
 * {@code __name__}, {@code __doc__} and friends into its own dict, as {@code functools.wraps} would.
 */
public final class PyClassMethod extends PyObject implements HasDict {
  public static final PyType TYPE = new PyType("classmethod", PyType.IMMUTABLE | PyType.BASETYPE,
      PyClassMethod.class, PyType.OBJECT);

  public final PyObject callable;
  private final PyDict dict = new PyDict();

  public PyClassMethod(PyObject callable) {
    this.callable = callable;
    Wrapped.copyAttributes(callable, dict);
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyDict dict() { return dict; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls, PyObject function) {
    if (cls != TYPE) throw Errors.typeError("subclassing classmethod from Python is not supported yet");
    return new PyClassMethod(function);
  }

  /** {@code f} bound to {@code type}, or to the instance's class. */
  @PyMethod("__get__") public PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    PyObject cls = type == null || type == PyNone.NONE ? obj.type() : type;
    PyObject get = callable.type().lookupSpecial(Special.GET);
    if (get != null) return Abstract.callMethod(callable, get, cls, cls);  // a function binds to cls as a method
    return new BoundToClass(callable, cls);
  }

  /** A callable without {@code __get__} (a built-in function) bound to the class: calls it with the class first. */
  static final class BoundToClass extends PyObject {
    static final PyType TYPE = new PyType("classmethod_bound_callable", PyType.IMMUTABLE, PyType.OBJECT);
    final PyObject callable, cls;

    BoundToClass(PyObject callable, PyObject cls) {
      this.callable = callable;
      this.cls = cls;
    }

    @Override public PyType type() { return TYPE; }

    @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
      int nkw = kwnames == null ? 0 : kwnames.length;
      PyObject[] all = new PyObject[npos + nkw + 1];
      all[0] = cls;
      System.arraycopy(args, from, all, 1, npos + nkw);
      return callable.call(all, 0, npos + 1, kwnames);
    }
  }

  @PyGetter("__func__") PyObject func() { return callable; }

  @PyGetter("__wrapped__") PyObject wrapped() { return callable; }

  @PyGetter("__isabstractmethod__") PyObject isAbstract() { return Wrapped.isAbstract(callable); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("<classmethod(" + Abstract.repr(callable).value + ")>"); }
}
