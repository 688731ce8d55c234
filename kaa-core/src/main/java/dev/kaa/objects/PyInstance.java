package dev.kaa.objects;

/**
 * An instance of a class written in Python (that does not derive from a built-in other than {@code object}): its
 * class and its {@code __dict__}. Classes with {@code __slots__} come later.
 */
public class PyInstance extends PyObject implements HasDict {
  private final PyType type;
  private final PyDict dict = new PyDict();

  public PyInstance(PyType type) { this.type = type; }

  @Override public PyType type() { return type; }

  @Override public PyDict dict() { return dict; }
}
