package dev.kaa.objects;

/**
 * An object with a {@code __dict__} of its own (instances of most Python classes, modules, functions). The attribute
 * methods read and write that dict's str entries; an object that makes its dict only when asked
 * ({@link PyInstance}) answers them without making it.
 */
public interface HasDict {
  /** {@code __dict__}, or null when this object has none after all (a class with {@code __slots__}). */
  PyDict dict();

  /** The object has a {@code __dict__} (made or not yet). */
  default boolean hasDict() { return dict() != null; }

  /** The instance attribute {@code name} (the {@code __dict__} entry), or null. */
  default PyObject attr(String name) {
    PyDict d = dict();
    return d != null ? d.getStr(name) : null;
  }

  /** Sets the instance attribute {@code name}; only on an object that {@link #hasDict()}. */
  default void setAttr(String name, PyObject value) { dict().put(Attributes.key(name), value); }

  /** Removes the instance attribute {@code name}; false when there is none (or no dict). */
  default boolean deleteAttr(String name) {
    PyDict d = dict();
    return d != null && d.remove(Attributes.key(name)) != null;
  }
}
