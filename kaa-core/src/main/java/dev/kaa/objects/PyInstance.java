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
 *
 * <p>Without a GIL ({@link FreeThreading#enabled()}) every change of the attributes, and every read by name, holds the
 * instance's monitor; the inline caches' reads by slot ({@link #attrValue}) take no lock and answer null when another
 * thread has just changed the layout, and their writes say whether the layout was still the one they planned for
 * (docs/free-threading.md).
 */
public class PyInstance extends PyObject implements HeapInstance {
  private static final PyObject[] NO_VALUES = {};

  private PyType type;
  /** The names of {@link #values}; null once the attributes are in {@link #dict} (or when there are none). */
  private Shape shape;
  /** The attribute values, slot by slot as {@link #shape} names them (room for more after its size). */
  private PyObject[] values;
  /** {@code __dict__}, once made. */
  private PyDict dict;
  private final PyObject[] slots;

  /** A new instance of {@code type}; if the class has {@code __del__}, one whose death the JVM reports. */
  public static PyInstance of(PyType type) {
    FinalizableInstance.scheduleIfDying();
    return type.lookupSpecial(Special.DEL) == null ? new PyInstance(type) : new FinalizableInstance(type);
  }

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
    if (!FreeThreading.enabled()) return dictNow();
    synchronized (this) {
      return dictNow();
    }
  }

  private PyDict dictNow() {
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
    if (!FreeThreading.enabled()) {
      replaceDict(d);
      return;
    }
    synchronized (this) {
      replaceDict(d);
    }
  }

  private void replaceDict(PyDict d) {
    shape = null;
    values = null;
    dict = d;
  }

  @Override public PyObject[] slots() { return slots; }

  /** The layout of the attributes: null when they are in a dict (or there are none). */
  public Shape shape() { return shape; }

  /**
   * The value in slot {@code i} of {@link #shape()}; null when another thread has changed the layout since the shape
   * was read (the caller then looks the attribute up by name).
   */
  public PyObject attrValue(int i) {
    PyObject[] v = values;
    return v != null && i < v.length ? v[i] : null;
  }

  /** Replaces the value in slot {@code i} of {@code expected}; false when the shape is no longer that one. */
  public boolean setAttrValue(Shape expected, int i, PyObject value) {
    if (!FreeThreading.enabled()) {
      values[i] = value;
      return true;
    }
    synchronized (this) {
      if (shape != expected) return false;
      values[i] = value;
      return true;
    }
  }

  /**
   * Adds the attribute that turns {@code expected} into {@code next} (a child of it): its last slot. False when the
   * shape is no longer {@code expected}.
   */
  public boolean addAttr(Shape expected, Shape next, PyObject value) {
    if (!FreeThreading.enabled()) {
      grow(next, value);
      return true;
    }
    synchronized (this) {
      if (shape != expected) return false;
      grow(next, value);
      return true;
    }
  }

  private void grow(Shape next, PyObject value) {
    int i = next.size() - 1;
    if (i >= values.length) values = java.util.Arrays.copyOf(values, Math.max(i + 1, next.widest()));
    values[i] = value;
    shape = next;
  }

  /** The attribute {@code name} (the {@code __dict__} entry), or null. */
  @Override public PyObject attr(String name) {
    if (!FreeThreading.enabled()) return attrNow(name);
    synchronized (this) {
      return attrNow(name);
    }
  }

  private PyObject attrNow(String name) {
    if (shape != null) {
      int i = shape.indexOf(name);
      return i >= 0 ? values[i] : null;
    }
    return dict != null ? dict.getStr(name) : null;
  }

  /** Sets the attribute {@code name} (the {@code __dict__} entry); the instance must have a dict ({@link #hasDict}). */
  @Override public void setAttr(String name, PyObject value) {
    if (!FreeThreading.enabled()) {
      setAttrNow(name, value);
      return;
    }
    synchronized (this) {
      setAttrNow(name, value);
    }
  }

  private void setAttrNow(String name, PyObject value) {
    if (shape != null) {
      int i = shape.indexOf(name);
      if (i >= 0) {
        values[i] = value;
        return;
      }
      Shape next = shape.with(name);
      if (next != null) {
        grow(next, value);
        return;
      }
    }
    dictNow().put(Attributes.key(name), value);
  }

  /** Removes the attribute {@code name}; false when there is none. The attributes then live in a dict. */
  @Override public boolean deleteAttr(String name) {
    if (!FreeThreading.enabled()) return deleteAttrNow(name);
    synchronized (this) {
      return deleteAttrNow(name);
    }
  }

  private boolean deleteAttrNow(String name) {
    if (shape != null && shape.indexOf(name) < 0) return false;
    return dictNow().remove(Attributes.key(name)) != null;
  }
}
