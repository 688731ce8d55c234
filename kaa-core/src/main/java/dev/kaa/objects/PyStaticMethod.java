package dev.kaa.objects;

/**
 * {@code staticmethod(f)}: read through a class or an instance, it is {@code f} itself; callable directly since 3.10.
 * Copies {@code f}'s {@code __name__}, {@code __doc__} and friends into its own dict, as {@code functools.wraps} would.
 */
public final class PyStaticMethod extends PyObject implements HasDict {
  public static final PyType TYPE = new PyType("staticmethod", PyType.IMMUTABLE | PyType.BASETYPE,
      PyStaticMethod.class, PyType.OBJECT);

  public final PyObject callable;
  private final PyDict dict = new PyDict();

  public PyStaticMethod(PyObject callable) {
    this.callable = callable;
    Wrapped.copyAttributes(callable, dict);
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyDict dict() { return dict; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, style = ArgSpec.Style.CLINIC) static PyObject make(PyType cls,
      PyObject function) {
    if (cls != TYPE) throw Errors.typeError("subclassing staticmethod from Python is not supported yet");
    return new PyStaticMethod(function);
  }

  @PyMethod("__get__") PyObject get(PyObject obj, @PyMethod.Opt PyObject type) { return callable; }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    return callable.call(args, from, npos, kwnames);
  }

  @PyGetter("__func__") PyObject func() { return callable; }

  @PyGetter("__wrapped__") PyObject wrapped() { return callable; }

  @PyGetter("__isabstractmethod__") PyObject isAbstract() { return Wrapped.isAbstract(callable); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("<staticmethod(" + Abstract.repr(callable).value + ")>"); }
}
