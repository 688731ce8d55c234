package dev.kaa.objects;

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions to get, set and delete an
 * attribute. {@code getter}/{@code setter}/{@code deleter} return a copy with one function replaced (of the same
 * class, so subclasses of property keep working). Its name, for error messages, comes from {@code __set_name__} only
 * (3.13 also falls back to the getter's {@code __name__}; 3.12 does not).
 */
public class PyProperty extends PyObject {
  public static final PyType TYPE = new PyType("property", PyType.IMMUTABLE | PyType.BASETYPE, PyProperty.class,
      PyType.OBJECT);

  PyObject fget, fset, fdel, doc, name;
  /** The doc came from fget (so a copy made by getter() takes the new getter's doc). */
  boolean docFromGetter;

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls,
      @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PyProperty() : new Derived(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0) void init(@PyMethod.Opt PyObject fget, @PyMethod.Opt PyObject fset,
      @PyMethod.Opt PyObject fdel, @PyMethod.Opt PyObject doc) {
    this.fget = none(fget);
    this.fset = none(fset);
    this.fdel = none(fdel);
    this.doc = none(doc);
    this.docFromGetter = false;
    if (this.doc == null && this.fget != null) {
      PyObject d = Abstract.getAttrOrNull(this.fget, "__doc__");
      if (d != null && d != PyNone.NONE) {
        this.doc = d;
        this.docFromGetter = true;
      }
    }
    if (type() != TYPE) {
      try {
        Attributes.set(this, "__doc__", orNone(this.doc));
      } catch (PyException e) {
        // a dict-less subclass drops a doc it was given, as CPython through 3.11; the getter's is an error
        if (!e.matches(ExceptionTypes.AttributeError) || docFromGetter) throw e;
      }
    }
  }

  private static PyObject none(PyObject o) { return o == PyNone.NONE ? null : o; }

  private static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

  @PyMethod("__get__") public PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    if (obj == PyNone.NONE) return this;
    if (fget == null) throw missing(obj, "getter");
    return fget.call1(obj);
  }

  @PyMethod("__set__") void set(PyObject obj, PyObject value) {
    if (fset == null) throw missing(obj, "setter");
    fset.call2(obj, value);
  }

  @PyMethod("__delete__") void delete(PyObject obj) {
    if (fdel == null) throw missing(obj, "deleter");
    fdel.call1(obj);
  }

  private PyException missing(PyObject obj, String what) {
    String owner = obj.type().qualname();
    if (name != null) {
      return Errors.attributeError("property %s of '%s' object has no %s", Abstract.repr(name).value, owner, what);
    }
    return Errors.attributeError("property of '%s' object has no %s", owner, what);
  }

  /** Checked by hand, as CPython's (its error counts the arguments as a function's would). */
  @PyMethod("__set_name__") void setName(@PyMethod.Star PyObject[] args) {
    if (args.length != 2) {
      throw Errors.typeError("__set_name__() takes 2 positional arguments but %d were given", args.length);
    }
    this.name = args[1];
  }

  @PyMethod("getter") PyObject getter(PyObject f) { return copy(f, fset, fdel); }

  @PyMethod("setter") PyObject setter(PyObject f) { return copy(fget, f, fdel); }

  @PyMethod("deleter") PyObject deleter(PyObject f) { return copy(fget, fset, f); }

  /** {@code type(self)(fget, fset, fdel, doc)}, the doc dropped when it was the old getter's. */
  private PyObject copy(PyObject get, PyObject set, PyObject del) {
    PyObject d = docFromGetter ? PyNone.NONE : orNone(doc);
    PyObject p = type().call(new PyObject[] {orNone(get), orNone(set), orNone(del), d}, 0, 4, null);
    if (p instanceof PyProperty q && q.name == null) q.name = name;
    return p;
  }

  @PyGetter(value = "fget", readonlyMember = true) PyObject fgetAttr() { return orNone(fget); }

  @PyGetter(value = "fset", readonlyMember = true) PyObject fsetAttr() { return orNone(fset); }

  @PyGetter(value = "fdel", readonlyMember = true) PyObject fdelAttr() { return orNone(fdel); }

  @PyGetter("__doc__") PyObject docAttr() { return orNone(doc); }

  @PySetter("__doc__") void setDoc(PyObject v) { doc = v; }

  @PyGetter("__isabstractmethod__") PyObject isAbstract() {
    for (PyObject f : new PyObject[] {fget, fset, fdel}) {
      if (f != null && Wrapped.isAbstract(f) == PyBool.TRUE) return PyBool.TRUE;
    }
    return PyBool.FALSE;
  }

  /** An instance of a Python subclass of property. */
  static final class Derived extends PyProperty implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type) {
      this.type = type;
      this.dict = HeapInstance.newDict(type);
      this.slots = HeapInstance.newSlots(type);
    }

    @Override public PyType type() { return type; }

    @Override public void setType(PyType t) { type = t; }

    @Override public PyDict dict() { return dict; }

    @Override public void setDict(PyDict d) { dict = d; }

    @Override public PyObject[] slots() { return slots; }
  }
}
