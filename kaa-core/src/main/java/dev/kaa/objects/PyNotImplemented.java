package dev.kaa.objects;

/** {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
  public static final PyType TYPE = new PyType("NotImplementedType", PyType.IMMUTABLE, PyNotImplemented.class, PyType.OBJECT);
  public static final PyNotImplemented VALUE = new PyNotImplemented();

  private PyNotImplemented() {}

  @Override public PyType type() { return TYPE; }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("NotImplemented"); }

  @Override public String toString() { return "NotImplemented"; }
}
