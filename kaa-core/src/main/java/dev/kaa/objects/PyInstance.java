package dev.kaa.objects;

/**
 * An instance of a class written in Python whose layout is {@code object}'s (no built-in base but object), made by
 * {@code object.__new__}; also a plain {@code object()}. Instances of Python subclasses of other built-ins are the
 * built-in's {@code Derived} class instead (docs/classes.md).
 */
public final class PyInstance extends PyObject implements HeapInstance {
  private PyType type;
  private PyDict dict;
  private final PyObject[] slots;

  public PyInstance(PyType type) {
    this.type = type;
    this.dict = HeapInstance.newDict(type);
    this.slots = HeapInstance.newSlots(type);
  }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { this.type = t; }

  @Override public PyDict dict() { return dict; }

  @Override public void setDict(PyDict d) { dict = d; }

  @Override public PyObject[] slots() { return slots; }
}
