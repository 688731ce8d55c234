package dev.kaa.objects;

/**
 * {@code staticmethod(f)}: read through a class or an instance, it is {@code f} itself; callable directly since 3.10.
 * Copies {@code f}'s {@code __name__}, {@code __doc__} and friends into its own dict, as {@code functools.wraps} would.
 */
public class PyStaticMethod extends PyObject implements HasDict {
  public static final PyType TYPE = new PyType("staticmethod", PyType.IMMUTABLE | PyType.BASETYPE,
      PyStaticMethod.class, PyType.OBJECT);

  /** The wrapped callable; null until {@code __init__} for an instance of a Python subclass. */
  public PyObject callable;
  private PyDict dict = new PyDict();

  public PyStaticMethod(PyObject callable) { init(callable); }

  private PyStaticMethod() {}

  @Override public PyType type() { return TYPE; }

  @Override public PyDict dict() { return dict; }

  void setDict(PyDict d) { dict = d; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls,
      @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PyStaticMethod() : new Derived(cls);
  }

  /** {@code staticmethod(f)}: checked as CPython's PyArg_UnpackTuple does, with the type's name. */
  @PyMethod("__init__") final void initMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("staticmethod() takes no keyword arguments");
    if (args.length != 1) {
      throw Errors.typeError("staticmethod expected 1 argument, got %d", args.length);
    }
    init(args[0]);
  }

  private void init(PyObject callable) {
    this.callable = callable;
    Wrapped.copyAttributes(callable, dict());
  }


  @PyMethod("__get__") PyObject get(PyObject obj, @PyMethod.Opt PyObject type) { return callable; }

  /** {@code __call__}, so that {@code collections.abc.Callable} and {@code callable()} find it on the type. */
  @PyMethod(value = "__call__", style = ArgSpec.Style.SLOT)
  PyObject callMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return Abstract.callWithKeywords(this, args, kwargs);
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    return callable.call(args, from, npos, kwnames);
  }

  @PyGetter("__func__") PyObject func() { return callable; }

  @PyGetter("__dict__") PyObject dictAttr() { return dict; }

  @PySetter("__dict__") void setDictAttr(PyObject value) { setDict(InstanceAttributes.assignedDict(value)); }

  @PyGetter("__wrapped__") PyObject wrapped() { return callable; }

  @PyGetter("__isabstractmethod__") PyObject isAbstract() { return Wrapped.isAbstract(callable); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("<staticmethod(" + Abstract.repr(callable).value + ")>"); }

  /** An instance of a Python subclass of staticmethod. */
  static final class Derived extends PyStaticMethod implements HeapInstance {
    private PyType type;
    private final PyObject[] slots;

    Derived(PyType type) {
      this.type = type;
      this.slots = HeapInstance.newSlots(type);
    }

    @Override public PyType type() { return type; }

    @Override public void setType(PyType t) { type = t; }

    @Override public void setDict(PyDict d) { super.setDict(d); }

    @Override public PyObject[] slots() { return slots; }
  }
}
