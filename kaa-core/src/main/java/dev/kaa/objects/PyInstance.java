package dev.kaa.objects;

/**
 * An instance of a class written in Python whose layout is {@code object}'s (no built-in base but object), made by
 * {@code object.__new__}; also a plain {@code object()}. Instances of Python subclasses of other built-ins are the
 * built-in's {@code Derived} class instead (docs/classes.md).
 *
 * <p>Its attributes live in one of two ways (docs/classes.md, "Instance layout"). At first as values in an array
 * whose names a {@link Shape} shared with the instances set up alike says; then, once its {@code __dict__} is asked
 * for (or an attribute is deleted, or the shape's limits are reached), in a dict of its own that holds them from then
 * on, so that the dict and the attributes are one storage. An instance whose class has {@code __slots__} without
 * {@code __dict__} has neither.
 */
public final class PyInstance extends PyObject implements HeapInstance {
  private static final PyObject[] NO_VALUES = {};

  private PyType type;
  /** The names of {@link #values}; null once the attributes are in {@link #dict} (or when there are none). */
  private Shape shape;
  /** The attribute values, slot by slot as {@link #shape} names them (room for more after its size). */
  private PyObject[] values;
  /** {@code __dict__}, once made. */
  private PyDict dict;
  private final PyObject[] slots;

  public PyInstance(PyType type) {
    this.type = type;
    if (type.hasInstanceDict()) {
      Shape root = type.instanceShape();
      int room = root.widest();
      this.shape = root;
      this.values = room == 0 ? NO_VALUES : new PyObject[room];
    }
    this.slots = HeapInstance.newSlots(type);
  }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { this.type = t; }

  /** {@code __dict__}: made now from the shape's names and the values when it is asked for the first time. */
  @Override public PyDict dict() {
    if (shape != null) {
      PyDict d = new PyDict();
      for (int i = 0, n = shape.size(); i < n; i++) d.put(shape.key(i), values[i]);
      dict = d;
      shape = null;
      values = null;
    }
    return dict;
  }

  @Override public boolean hasDict() { return shape != null || dict != null; }

  @Override public void setDict(PyDict d) {
    shape = null;
    values = null;
    dict = d;
  }

  @Override public PyObject[] slots() { return slots; }

  /** The layout of the attributes: null when they are in a dict (or there are none). */
  public Shape shape() { return shape; }

  /** The value in slot {@code i} of {@link #shape()}. */
  public PyObject attrValue(int i) { return values[i]; }

  /** Replaces the value in slot {@code i} of {@link #shape()}. */
  public void setAttrValue(int i, PyObject value) { values[i] = value; }

  /** Adds the attribute that turns {@link #shape()} into {@code next} (a child of it): its last slot. */
  public void addAttr(Shape next, PyObject value) {
    int i = next.size() - 1;
    if (i >= values.length) values = java.util.Arrays.copyOf(values, Math.max(i + 1, next.widest()));
    values[i] = value;
    shape = next;
  }

  /** The attribute {@code name} (the {@code __dict__} entry), or null. */
  @Override public PyObject attr(String name) {
    if (shape != null) {
      int i = shape.indexOf(name);
      return i >= 0 ? values[i] : null;
    }
    return dict != null ? dict.getStr(name) : null;
  }

  /** Sets the attribute {@code name} (the {@code __dict__} entry); the instance must have a dict ({@link #hasDict}). */
  @Override public void setAttr(String name, PyObject value) {
    if (shape != null) {
      int i = shape.indexOf(name);
      if (i >= 0) {
        values[i] = value;
        return;
      }
      Shape next = shape.with(name);
      if (next != null) {
        addAttr(next, value);
        return;
      }
    }
    dict().put(Attributes.key(name), value);
  }

  /** Removes the attribute {@code name}; false when there is none. The attributes then live in a dict. */
  @Override public boolean deleteAttr(String name) {
    if (shape != null && shape.indexOf(name) < 0) return false;
    return dict().remove(Attributes.key(name)) != null;
  }
}
