package dev.kaa.objects;

/**
 * A name listed in a class's {@code __slots__}: reads and writes one entry of the instance's slot array
 * ({@link HeapInstance#slots()}). CPython's {@code member_descriptor}.
 */
public final class PyMemberDescriptor extends PyObject {
  public static final PyType TYPE = new PyType("member_descriptor", PyType.IMMUTABLE, PyMemberDescriptor.class,
      PyType.OBJECT);

  public final PyType owner;
  public final String name;
  public final int index;

  PyMemberDescriptor(PyType owner, String name, int index) {
    this.owner = owner;
    this.name = name;
    this.index = index;
  }

  @Override public PyType type() { return TYPE; }

  /** {@code obj.name}. */
  public PyObject get(PyObject obj) {
    PyObject v = slotsOf(obj)[index];
    if (v == null) throw Errors.attributeError("'%s' object has no attribute '%s'", obj.type().name(), name);
    return v;
  }

  /** {@code obj.name = value}; a null value deletes. */
  public void set(PyObject obj, PyObject value) {
    PyObject[] slots = slotsOf(obj);
    if (value == null && slots[index] == null) throw Errors.attributeError(name);
    slots[index] = value;
  }

  private PyObject[] slotsOf(PyObject obj) {
    if (!obj.type().isSubtypeOf(owner) || !(obj instanceof HeapInstance h)) {
      throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.name(),
          obj.type().name());
    }
    return h.slots();
  }

  @PyMethod("__get__") PyObject getMethod(PyObject obj, @PyMethod.Opt PyObject type) {
    return obj == PyNone.NONE ? this : get(obj);
  }

  @PyMethod("__set__") void setMethod(PyObject obj, PyObject value) { set(obj, value); }

  @PyMethod("__delete__") void deleteMethod(PyObject obj) { set(obj, null); }

  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("__qualname__") PyObject qualnameAttr() { return new PyStr(owner.qualname() + "." + name); }

  @PyGetter("__objclass__") PyObject objclass() { return owner; }

  @PyGetter("__doc__") PyObject docAttr() { return PyNone.NONE; }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("<member '" + name + "' of '" + owner.name() + "' objects>");
  }
}
