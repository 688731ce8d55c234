package dev.kaa.objects;

/**
 * A base for built-in types defined outside this package (itertools, deque, partial...) whose instances may belong
 * to a Python subclass: the object carries its type, and an instance of a subclass also its {@code __dict__} and
 * {@code __slots__} values. One Java class serves the built-in and all its Python subclasses, so no type needs a
 * {@code Derived} twin; the price is one type field per object.
 */
public abstract class SubclassableObject extends PyObject implements HeapInstance {
  private PyType type;
  private PyDict dict;
  private final PyObject[] slots;

  /** An instance of {@code type}: the built-in itself, or a Python subclass of it. */
  protected SubclassableObject(PyType type) {
    this.type = type;
    boolean heap = type.hasFlag(PyType.HEAPTYPE);
    this.dict = heap ? HeapInstance.newDict(type) : null;
    this.slots = heap ? HeapInstance.newSlots(type) : null;
  }

  @Override public final PyType type() { return type; }

  @Override public final void setType(PyType t) { type = t; }

  @Override public final PyDict dict() { return dict; }

  @Override public final void setDict(PyDict d) { dict = d; }

  @Override public final PyObject[] slots() { return slots; }
}
