package dev.kaa.objects;

/**
 * {@code classmethod(f)}: read through a class or an instance, {@code f} bound to the class. Copies {@code f}'s
 * {@code __name__}, {@code __doc__} and friends into its own dict, as {@code functools.wraps} would.
 */
public class PyClassMethod extends PyObject implements HasDict {
  public static final PyType TYPE = new PyType("classmethod", PyType.IMMUTABLE | PyType.BASETYPE,
      PyClassMethod.class, PyType.OBJECT);

  /** The wrapped callable; null until {@code __init__} for an instance of a Python subclass. */
  public PyObject callable;
  private PyDict dict = new PyDict();

  public PyClassMethod(PyObject callable) { init(callable); }

  private PyClassMethod() {}

  @Override public PyType type() { return TYPE; }

  @Override public PyDict dict() { return dict; }

  void setDict(PyDict d) { dict = d; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls,
      @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PyClassMethod() : new Derived(cls);
  }

  /** {@code classmethod(f)}: checked as CPython's PyArg_UnpackTuple does, with the type's name. */
  @PyMethod("__init__") final void initMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("classmethod() takes no keyword arguments");
    if (args.length != 1) {
      throw Errors.typeError("classmethod expected 1 argument, got %d", args.length);
    }
    init(args[0]);
  }

  private void init(PyObject callable) {
    this.callable = callable;
    Wrapped.copyAttributes(callable, dict());
  }


  /** {@code f} bound to {@code type}, or to the instance's class. */
  @PyMethod("__get__") public PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    PyObject cls = type == null || type == PyNone.NONE ? obj.type() : type;
    PyObject get = callable.type().lookupSpecial(Special.GET);
    if (get != null) return Abstract.callGet(callable, get, cls, cls);  // a function binds to cls as a method
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

  @PyGetter("__dict__") PyObject dictAttr() { return dict; }

  @PySetter("__dict__") void setDictAttr(PyObject value) { setDict(InstanceAttributes.assignedDict(value)); }

  @PyGetter("__wrapped__") PyObject wrapped() { return callable; }

  @PyGetter("__isabstractmethod__") PyObject isAbstract() { return Wrapped.isAbstract(callable); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("<classmethod(" + Abstract.repr(callable).value + ")>"); }

  /** An instance of a Python subclass of classmethod. */
  static final class Derived extends PyClassMethod implements HeapInstance {
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
