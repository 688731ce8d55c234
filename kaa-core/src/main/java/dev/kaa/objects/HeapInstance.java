package dev.kaa.objects;

/**
 * An instance of a class written in Python: {@link PyInstance}, or the {@code Derived} subclass of a built-in's Java
 * class (docs/classes.md). It carries its class (assignable: {@code obj.__class__ = C}), its {@code __dict__} (null
 * when the class has {@code __slots__} without {@code __dict__}) and its {@code __slots__} values.
 */
public interface HeapInstance extends HasDict {
  /** {@code obj.__class__ = t}, already checked for a compatible layout. */
  void setType(PyType t);

  /** {@code obj.__dict__ = d}, for an instance that has a dict. */
  void setDict(PyDict d);

  /** The {@code __slots__} values, indexed by {@link PyMemberDescriptor#index} (null where unset); null when none. */
  PyObject[] slots();

  /**
   * Whether {@code __class__} may change from the built-in type itself to a subclass and back, not only between Python
   * classes: CPython allows it for modules alone (lazy loaders replace a module's class).
   */
  default boolean classAssignableFromBuiltin() { return false; }

  /** A new instance's {@code __dict__}: a dict when instances of {@code t} have one, else null. */
  static PyDict newDict(PyType t) { return t.hasInstanceDict() ? new PyDict() : null; }

  /** A new instance's {@code __slots__} values: an array of the class's slot count, or null when it has none. */
  static PyObject[] newSlots(PyType t) { return t.slotCount() == 0 ? null : new PyObject[t.slotCount()]; }
}
