package dev.kaa.objects;

import java.lang.reflect.Method;

/**
 * The {@code __dict__} and {@code __weakref__} attributes a Python class adds for its instances (CPython puts a
 * getset descriptor for each into the class that first has them: {@code <attribute '__dict__' of 'C' objects>}).
 */
public final class InstanceAttributes {
  private InstanceAttributes() {}

  private static Method method(String name, Class<?>... params) {
    try {
      return InstanceAttributes.class.getDeclaredMethod(name, params);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  static PyGetSetDescriptor dictDescriptor(PyType owner) {
    return new PyGetSetDescriptor(owner, "__dict__", "dictionary for instance variables",
        method("getDict", PyObject.class), method("setDict", PyObject.class, PyObject.class));
  }

  static PyGetSetDescriptor weakrefDescriptor(PyType owner) {
    return new PyGetSetDescriptor(owner, "__weakref__", "list of weak references to the object",
        method("getWeakref", PyObject.class), null);
  }

  static PyObject getDict(PyObject self) {
    if (self instanceof HasDict h && h.dict() != null) return h.dict();
    throw Errors.attributeError("'%s' object has no attribute '__dict__'", self.type().name());
  }

  /**
   * The dict {@code obj.__dict__ = value} gives a built-in object whose dict is its own (exceptions, staticmethod...):
   * checked as CPython's PyObject_GenericSetDict; {@code value} null ({@code del obj.__dict__}) is refused.
   */
  public static PyDict assignedDict(PyObject value) {
    if (value == null) throw Errors.typeError("cannot delete __dict__");
    if (!(value instanceof PyDict d)) {
      throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", value.type().name());
    }
    return d;
  }

  static void setDict(PyObject self, PyObject value) {
    if (value != null && !(value instanceof PyDict)) {
      throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", value.type().name());
    }
    if (!(self instanceof HeapInstance h) || !h.hasDict()) {
      throw Errors.attributeError("'%s' object has no attribute '__dict__'", self.type().name());
    }
    h.setDict(value == null ? new PyDict() : (PyDict) value);  // del obj.__dict__: a new, empty one
  }

  /** Finds an object's first weak reference (the weakref module installs it when it loads), or null. */
  private static volatile java.util.function.Function<PyObject, PyObject> firstWeakref = o -> null;

  /** Installs how {@code __weakref__} finds an object's first weak reference (the current interpreter's). */
  public static void installWeakrefLookup(java.util.function.Function<PyObject, PyObject> lookup) {
    firstWeakref = lookup;
  }

  /** The first weak reference to {@code self}, or None. */
  static PyObject getWeakref(PyObject self) {
    PyObject first = firstWeakref.apply(self);
    return first == null ? PyNone.NONE : first;
  }
}
